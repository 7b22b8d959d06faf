package main

import (
	"testing"
	"time"
)

func TestPerSecond(t *testing.T) {
	tests := []struct {
		n       int
		elapsed time.Duration
		want    string
	}{
		{1, 2500 * time.Millisecond, "0.4"},
		{0, time.Second, "0.0"},
		{5, 0, "0.0"},
		{95, 10 * time.Second, "9.5"},
		{145, time.Second, "145"},
		{1000, 3 * time.Second, "333"},
	}
	for _, tt := range tests {
		if got := perSecond(tt.n, tt.elapsed); got != tt.want {
			t.Errorf("perSecond(%d, %s) = %s, want %s", tt.n, tt.elapsed, got, tt.want)
		}
	}
}
