//go:build tools

package storyline

import (
	_ "github.com/abadojack/whatlanggo"
	_ "github.com/markusmobius/go-htmldate"
	_ "github.com/markusmobius/go-trafilatura"
	_ "github.com/mmcdole/gofeed"
	_ "github.com/zeebo/xxh3"
	_ "golang.org/x/term"
	_ "modernc.org/sqlite"
)
