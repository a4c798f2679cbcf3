"Reference solution to the exercise of `nbs/4_training/42_evaluate.ipynb`."

def my_normalize_answer(text):
    "`text` case-folded, with single spaces, and no trailing periods."
    return ' '.join(text.split()).casefold().rstrip('. ')
