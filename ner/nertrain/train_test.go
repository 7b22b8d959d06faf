package nertrain

import (
	"bytes"
	"context"
	"os"
	"reflect"
	"testing"

	"github.com/storyline-news/storyline/ner"
)

// tiny is the two-document corpus ner's own tests read too.
const tiny = "../testdata/tiny.conll"

func trainTiny(t *testing.T, onePass bool) *ner.Model {
	t.Helper()
	f, err := os.Open(tiny)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	m, err := Fit(context.Background(), f, nil, Options{Epochs: 10, Bits: 14, LabelBits: 10, OnePass: onePass})
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
	f, _ := os.Open(tiny)
	defer f.Close()
	docs, err := ner.ReadCoNLL(context.Background(), f)
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
	var buf, one, again bytes.Buffer
	if err := m.Save(&buf); err != nil {
		t.Fatal(err)
	}
	if err := trainTiny(t, true).Save(&one); err != nil {
		t.Fatal(err)
	}
	if buf.Len() <= one.Len() {
		t.Fatalf("the two-pass model (%d bytes) is no larger than the one-pass one (%d): no second pass trained", buf.Len(), one.Len())
	}
	m2, err := ner.Read(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if err := m2.Save(&again); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), again.Bytes()) {
		t.Error("the read-back model saves different bytes")
	}
	words := []string{"Bruno", "Tavares", "visited", "Lisbon", "."}
	if a, b := m.TagTokens(words), m2.TagTokens(words); !reflect.DeepEqual(a, b) {
		t.Errorf("read-back model tags %v, original %v", b, a)
	}
	if _, err := ner.Read(bytes.NewReader([]byte("not a model"))); err == nil {
		t.Error("Read accepted garbage")
	}
}

func TestTrainRejectsUntaggedData(t *testing.T) {
	f := bytes.NewReader([]byte("EU\nrejects\n"))
	if _, err := Fit(context.Background(), f, nil, Options{Bits: 10}); err == nil {
		t.Error("training on untagged data succeeded")
	}
}
