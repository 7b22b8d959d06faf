package ner

import (
	"bytes"
	"context"
	"os"
	"reflect"
	"testing"
)

func trainTiny(t *testing.T, onePass bool) *Model {
	t.Helper()
	f, err := os.Open("testdata/tiny.conll")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	m, err := Train(context.Background(), f, nil, TrainOptions{Epochs: 10, Bits: 14, LabelBits: 10, OnePass: onePass}, nil)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// TestTrainLearnsTinyCorpus checks that the first pass fits a small corpus:
// the second pass learns from held-out first-pass tags, which two
// documents are too few to give.
func TestTrainLearnsTinyCorpus(t *testing.T) {
	m := trainTiny(t, true)
	f, _ := os.Open("testdata/tiny.conll")
	defer f.Close()
	docs, err := ReadCoNLL(context.Background(), f)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range docs {
		got := m.TagDocument(d.Words())
		for s, sent := range d.Sentences {
			if !reflect.DeepEqual(got[s], sent.Tags) {
				t.Errorf("%v\n got %v\nwant %v", sent.Words, got[s], sent.Tags)
			}
		}
	}
}

func TestTrainIsDeterministic(t *testing.T) {
	var a, b bytes.Buffer
	if err := trainTiny(t, false).Save(&a); err != nil {
		t.Fatal(err)
	}
	if err := trainTiny(t, false).Save(&b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two trainings on the same data wrote different models")
	}
}

func TestSaveReadRoundTrip(t *testing.T) {
	m := trainTiny(t, false)
	if m.second == nil {
		t.Fatal("no second pass trained")
	}
	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		t.Fatal(err)
	}
	m2, err := Read(&buf)
	if err != nil {
		t.Fatal(err)
	}
	words := []string{"Bruno", "Tavares", "visited", "Lisbon", "."}
	if a, b := m.TagTokens(words), m2.TagTokens(words); !reflect.DeepEqual(a, b) {
		t.Errorf("read-back model tags %v, original %v", b, a)
	}
	if _, err := Read(bytes.NewReader([]byte("not a model"))); err == nil {
		t.Error("Read accepted garbage")
	}
}

func TestTrainRejectsUntaggedData(t *testing.T) {
	f := bytes.NewReader([]byte("EU\nrejects\n"))
	if _, err := Train(context.Background(), f, nil, TrainOptions{Bits: 10}, nil); err == nil {
		t.Error("training on untagged data succeeded")
	}
}
