#!/bin/sh
# Collect every tr() string of the window, fill in the Chinese and compile the .qm.
#   sh scripts/update_translations.sh          (from anywhere; needs pyside6-lupdate/lrelease)
# New English strings without a Chinese entry (ZH in scripts/translate_ts.py or a scripts/zh_*.py)
# are listed and make this script fail, before the .qm is compiled: add them and run it again.
set -eu
cd "$(dirname "$0")/.."
TS=resources/translations/annotator_zh_CN.ts
mkdir -p resources/translations
# _t / _tr: module-level helpers calling QCoreApplication.translate("Context", text)
pyside6-lupdate -no-obsolete -tr-function-alias tr+=_t,tr+=_tr \
    $(find annotator/gui -name '*.py' | sort) -ts "$TS"
python scripts/translate_ts.py "$TS" --check
pyside6-lrelease "$TS" -qm "${TS%.ts}.qm"
