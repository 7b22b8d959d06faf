package extract

import (
	"strings"
	"testing"
)

func TestFootCut(t *testing.T) {
	prose := "The harbour authority said on Monday that the new quay would open in the spring, two years after the works began and at twice the cost first announced."
	article := []string{prose, prose, prose} // well over minPartWords
	tests := []struct {
		name  string
		lines []string
		want  int // the index the region ends at
	}{
		{"a copyright notice after the article", append(article, "© 2025 Harbour Gazette Media. All rights reserved.", prose), 3},
		{"rights reserved without a mark", append(article, "ALL RIGHTS RESERVED", prose), 3},
		{"a photo credit is no foot", append(article, "© Getty Images", prose), 5},
		{"an author box after the article", append(article, "About the author", prose), 3},
		{"a notice above a full article is no foot", []string{prose, "© 2025 Harbour Gazette Media", prose, prose}, 4},
		{"no foot", article, 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lines := splitLines(strings.Join(tt.lines, "\n"))
			if got := footCut(lines, 0, len(lines)); got != tt.want {
				t.Errorf("footCut = %d, want %d", got, tt.want)
			}
		})
	}
}
