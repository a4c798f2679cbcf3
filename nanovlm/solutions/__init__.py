"""Reference solutions to the lessons' exercises, one file per lesson module (`language.py` for `23_language`).

They are plain files, not exported from the notebooks, so that a learner who opens a notebook sees the task and
a stub, not the answer. `nbdev-test` imports them under the learner's names to check that every exercise's check
passes on a right answer; read them after you have written your own."""
