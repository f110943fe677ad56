#!/bin/sh
# seed-dirs.sh NAME — the seed directories of harness NAME, relative to the
# source tree: fuzz/corpus/NAME, and for the plugin harness also the plugin
# files the project keeps anyway (bundled surveys, test plugins), read where
# they are rather than copied.  The hostile test plugins are copied into
# fuzz/corpus/plugin without hostile-churn.lua, which takes seconds a run
# under ASan.
case $1 in
plugin) echo "fuzz/corpus/plugin surveys tests/data/plugins/ok tests/data/plugins/deps tests/data/plugins/invalid tests/data/plugins/golden" ;;
*) echo "fuzz/corpus/$1" ;;
esac
