#!/bin/sh
# retrain.sh [--check] [MODEL ...]
#
# Retrains the embedded models in the order they read one another: a model
# trained on what the pipeline makes (reported speech reads the NER model and
# the cue lexicon; speakers read reported speech; the quote grouping, the story
# join and the figure decision read whole ingests) must be retrained after the
# models before it, with the binary rebuilt in between, or it no longer
# reproduces its embedded bytes.
#
#   --check   write each model to a temporary folder instead and report
#             whether it equals the embedded one (exit 1 when one differs);
#             the binary is built once, from the tree as it is.
#   MODEL     train only these (names as in the list below), still in order.
#
# Without --check the embedded files are overwritten: review them with
# git diff, and rebuild. Needs ../shared beside the checkout. The whole run
# takes tens of minutes on two cores (ner and grouping are the longest).
# extract/model.json is left out on purpose: see README.md ("Models").
set -eu

cd "$(dirname "$0")/.."
shared=${SHARED:-../shared}
[ -d "$shared/data" ] || { echo "retrain.sh: $shared/data not found (set SHARED)" >&2; exit 2; }

check=0
if [ "${1:-}" = "--check" ]; then
	check=1
	shift
fi

order="ner quotes reported speakers headline byline texttitle textbyline date textdate textsite grouping stories figures"
want=${*:-$order}
for m in $want; do
	case " $order " in *" $m "*) ;; *) echo "retrain.sh: unknown model $m (one of: $order)" >&2; exit 2 ;; esac
done

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
bin=$tmp/storyline
go build -o "$bin" ./cmd/storyline

polnear=$shared/data/quotes/polnear_train.jsonl
events=$shared/data/events
extraction=$shared/data/extraction

# embedded MODEL prints the file a model is embedded from.
embedded() {
	case $1 in
	ner) echo ner/model/ner.bin.gz ;;
	quotes) echo quote/cues.json ;;
	reported) echo quote/reported.json ;;
	speakers) echo quote/speakers.json ;;
	headline | byline | texttitle | textbyline | date | textdate | textsite) echo "extract/$1.json" ;;
	grouping) echo compare/grouping.json ;;
	stories) echo cluster/join.json ;;
	figures) echo compare/figpairs.json ;;
	esac
}

# train MODEL OUT runs the model's trainer, as README.md's table gives it.
train() {
	case $1 in
	ner) "$bin" train ner --data "$shared/data/ner/train.conll" --out "$2" ;;
	quotes | reported | speakers) "$bin" train "$1" --data "$polnear" --out "$2" ;;
	headline | byline | texttitle | textbyline | date | textdate | textsite) "$bin" train "$1" --data "$extraction" --out "$2" ;;
	grouping) "$bin" train grouping --events "$events/basil-dev.jsonl" --out "$2" ;;
	stories) "$bin" train stories --data "$events" --out "$2" ;;
	figures) "$bin" train figures \
		--source "$events/ecbplus-dev.jsonl=eval/testdata/compare-ecbplus-dev.jsonl,eval/testdata/compare-ecbplus-dev-extra.jsonl" \
		--source "$events/basil-dev.jsonl=eval/testdata/compare-basil-dev.jsonl" \
		--tune "$events/ecbplus-dev.jsonl=eval/testdata/compare-ecbplus-dev-figures.jsonl" --out "$2" ;;
	esac
}

differ=0
for m in $order; do
	case " $want " in *" $m "*) ;; *) continue ;; esac
	file=$(embedded "$m")
	echo "== $m ($file)"
	if [ $check = 1 ]; then
		train "$m" "$tmp/$m.out" >"$tmp/$m.log" 2>&1 || { cat "$tmp/$m.log" >&2; exit 1; }
		if cmp -s "$tmp/$m.out" "$file"; then
			echo "   same bytes"
		else
			echo "   DIFFERS from the embedded model"
			differ=1
		fi
	else
		train "$m" "$file"
		go build -o "$bin" ./cmd/storyline
	fi
done
exit $differ
