package main

import (
	"context"
	"reflect"
	"strings"
	"testing"

	"github.com/storyline-news/storyline"
)

type entityList []storyline.Entity

func (l entityList) EachEntity(ctx context.Context, fn func(*storyline.Entity) error) error {
	for i := range l {
		if err := fn(&l[i]); err != nil {
			return err
		}
	}
	return nil
}

func TestSpeakersNamed(t *testing.T) {
	store := entityList{
		{Name: "Bill Clinton", Type: storyline.Person, Aliases: map[string]int{"Clinton": 3, "Bill Clinton": 1}},
		{Name: "Hillary Clinton", Type: storyline.Person, Aliases: map[string]int{"Clinton": 5, "Hillary": 1}},
		{Name: "Mark Rutte", Type: storyline.Person, Aliases: map[string]int{"Rutte": 4}},
		{Name: "Clinton", Type: storyline.Place, Aliases: map[string]int{"Clinton": 1}},
	}
	tests := []struct {
		name    string
		want    []string
		wantErr string
	}{
		{"rutte", []string{"Mark Rutte"}, ""},
		{"Hillary", []string{"Hillary Clinton"}, ""},
		{"bill clinton", []string{"Bill Clinton"}, ""},
		{"Clinton", nil, "give one of: Bill Clinton; Hillary Clinton"},
		{"Nobody", nil, `named "Nobody"`},
	}
	for _, tt := range tests {
		got, err := speakersNamed(context.Background(), store, tt.name)
		if tt.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("speakersNamed(%q) error = %v, want one containing %q", tt.name, err, tt.wantErr)
			}
			continue
		}
		if err != nil {
			t.Errorf("speakersNamed(%q): %v", tt.name, err)
			continue
		}
		var names []string
		for n := range got {
			names = append(names, n)
		}
		if !reflect.DeepEqual(names, tt.want) {
			t.Errorf("speakersNamed(%q) = %v, want %v", tt.name, names, tt.want)
		}
	}
}
