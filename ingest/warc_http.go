package ingest

import (
	"bufio"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"fmt"
	"io"
	"net/http"
	"net/http/httputil"
	"net/textproto"
	"strconv"
	"strings"
)

// httpPayload returns the HTML payload of an HTTP response block, or nil
// when the response is not a 2xx HTML page. The body is decoded as it
// streams, so memory is bounded by the page limit.
func httpPayload(block io.Reader, warcType string, limit int64) ([]byte, error) {
	if warcType != "" && !strings.HasPrefix(strings.ToLower(warcType), "application/http") {
		return nil, nil
	}
	// The cap bounds the header lines textproto accumulates; the body gets
	// the same room, for chunk sizes and compression that does not shrink.
	raw := &limitedReader{r: block, left: 2*limit + 1<<20}
	tp := textproto.NewReader(bufio.NewReader(raw))
	code, header, err := readHTTPHead(tp)
	if err != nil && warcType == "" {
		return nil, nil // an untyped block that is not HTTP: no page, no problem
	}
	if err != nil {
		return nil, err
	}
	media := mediaType(header.Get("Content-Type"))
	if code < 200 || code > 299 || (media != "" && !isHTMLType(media)) {
		return nil, nil
	}
	body, err := readBody(tp.R, header, limit)
	if raw.over {
		return nil, fmt.Errorf("HTTP response %w of %d bytes", errTooLarge, limit)
	}
	if err != nil || len(bytes.TrimSpace(body)) == 0 {
		return nil, err // an empty body is not worth a page, nor an error
	}
	if media == "" && !strings.HasPrefix(http.DetectContentType(body), "text/html") {
		return nil, nil
	}
	return withCharset(body, header.Get("Content-Type")), nil
}

// readHTTPHead reads the status line and the header fields; a header cut
// short keeps the fields read before the cut.
func readHTTPHead(tp *textproto.Reader) (int, textproto.MIMEHeader, error) {
	status, err := tp.ReadLine()
	if err != nil {
		return 0, nil, fmt.Errorf("HTTP status line: %w", err)
	}
	code, ok := statusCode(status)
	if !ok {
		return 0, nil, fmt.Errorf("bad HTTP status line %q", clip([]byte(status), 40))
	}
	header, err := tp.ReadMIMEHeader()
	if err != nil && len(header) == 0 {
		return 0, nil, fmt.Errorf("HTTP header: %w", err)
	}
	if header == nil {
		header = textproto.MIMEHeader{}
	}
	return code, header, nil
}

// readBody undoes the transfer and content encodings as it streams and
// enforces the limit. A body cut short in its encoding keeps what could be
// decoded: crawlers truncate long responses.
func readBody(br *bufio.Reader, header textproto.MIMEHeader, limit int64) ([]byte, error) {
	var body io.Reader = br
	if strings.Contains(strings.ToLower(header.Get("Transfer-Encoding")), "chunked") && startsLikeChunk(br) {
		body = httputil.NewChunkedReader(br)
	}
	coding := strings.ToLower(strings.TrimSpace(header.Get("Content-Encoding")))
	decoded, err := contentDecoder(bufio.NewReader(body), coding)
	if err != nil {
		return nil, err
	}
	out, err := io.ReadAll(io.LimitReader(decoded, limit+1))
	if err != nil && len(out) == 0 {
		return nil, fmt.Errorf("HTTP body (%s): %w", first(coding, "identity"), err)
	}
	if int64(len(out)) > limit {
		return nil, fmt.Errorf("payload %w of %d bytes", errTooLarge, limit)
	}
	return out, nil
}

// statusCode reads "HTTP/1.1 200 OK" (the reason is optional).
func statusCode(line string) (int, bool) {
	fields := strings.Fields(line)
	if len(fields) < 2 || !strings.HasPrefix(fields[0], "HTTP/") {
		return 0, false
	}
	code, err := strconv.Atoi(fields[1])
	return code, err == nil && code >= 100 && code <= 999
}

func mediaType(contentType string) string {
	media, _, _ := strings.Cut(contentType, ";")
	return strings.ToLower(strings.TrimSpace(media))
}

func isHTMLType(media string) bool {
	return media == "text/html" || media == "application/xhtml+xml"
}

// startsLikeChunk reports whether the body starts with a chunk-size line.
// Some archivers store the body already dechunked but keep the header; such
// a body is read as it is.
func startsLikeChunk(br *bufio.Reader) bool {
	head, _ := br.Peek(64)
	line, _, ok := bytes.Cut(head, []byte("\n"))
	if !ok {
		return false
	}
	size, _, _ := bytes.Cut(bytes.TrimRight(line, "\r"), []byte(";"))
	size = bytes.TrimSpace(size)
	if len(size) == 0 || len(size) > 16 {
		return false
	}
	_, err := strconv.ParseUint(string(size), 16, 64)
	return err == nil
}

// contentDecoder undoes gzip and deflate content coding. A gzip body without
// gzip's magic bytes is taken as already decoded (archivers differ), and a
// deflate body without a zlib header as raw deflate (servers differ).
func contentDecoder(br *bufio.Reader, coding string) (io.Reader, error) {
	switch coding {
	case "", "identity", "none":
		return br, nil
	case "gzip", "x-gzip":
		if magic, _ := br.Peek(2); !bytes.Equal(magic, []byte{0x1f, 0x8b}) {
			return br, nil
		}
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, fmt.Errorf("Content-Encoding %s: %w", coding, err)
		}
		return zr, nil
	case "deflate":
		if head, _ := br.Peek(2); len(head) == 2 && head[0]&0x0f == 8 && (uint16(head[0])<<8|uint16(head[1]))%31 == 0 {
			zr, err := zlib.NewReader(br)
			if err != nil {
				return nil, fmt.Errorf("Content-Encoding %s: %w", coding, err)
			}
			return zr, nil
		}
		return flate.NewReader(br), nil
	}
	return nil, fmt.Errorf("unsupported Content-Encoding %q", clip([]byte(coding), 20))
}

// resourcePayload returns the block of a resource record when it is HTML.
func resourcePayload(block io.Reader, warcType string, limit int64) ([]byte, error) {
	if !isHTMLType(mediaType(warcType)) {
		return nil, nil
	}
	body, err := io.ReadAll(&limitedReader{r: block, left: limit})
	if err != nil {
		return nil, fmt.Errorf("resource: %w", err)
	}
	return body, nil
}
