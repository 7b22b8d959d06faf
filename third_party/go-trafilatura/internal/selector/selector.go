// This file is part of go-trafilatura, Go package for extracting readable
// content, comments and metadata from a web page. Source available in
// <https://github.com/markusmobius/go-trafilatura>.
//
// Copyright (C) 2021 Markus Mobius
//
// Licensed under the Apache License, Version 2.0 (the "License");
// you may not use this file except in compliance with the License.
// You may obtain a copy of the License at
//
// http://www.apache.org/licenses/LICENSE-2.0
//
// Unless required by applicable law or agreed to in writing, software
// distributed under the License is distributed on an "AS IS" BASIS,
// WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
// See the License for the specific language governing permissions and
// limitations under the License.

// Code in this file is ported from <https://github.com/adbar/trafilatura>
// which available under Apache 2.0 license.

package selector

import (
	"golang.org/x/net/html"
)

type Rule func(*html.Node) bool

// Query is the first element below root, in document order, that selector
// matches. storyline's fork: it walks the tree and stops there; upstream
// listed every element first (dom.GetElementsByTagName).
func Query(root *html.Node, selector Rule) *html.Node {
	var found *html.Node
	walkElements(root, func(e *html.Node) bool {
		if selector(e) {
			found = e
			return false
		}
		return true
	})
	return found
}

// QueryAll is every element below root, in document order, that selector
// matches. storyline's fork: without upstream's list of every element.
func QueryAll(root *html.Node, selector Rule) []*html.Node {
	var matches []*html.Node
	walkElements(root, func(e *html.Node) bool {
		if selector(e) {
			matches = append(matches, e)
		}
		return true
	})
	return matches
}

// walkElements calls visit on the elements below root in document order
// (dom.GetElementsByTagName's order) until visit returns false; it reports
// whether the walk went to the end. The rules only read the elements, so
// walking while they are asked is the same as asking them of a list made
// first.
func walkElements(root *html.Node, visit func(*html.Node) bool) bool {
	for c := root.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && !visit(c) {
			return false
		}
		if !walkElements(c, visit) {
			return false
		}
	}
	return true
}
