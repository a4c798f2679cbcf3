"Reference solution to the exercise of `nbs/4_training/40_shapes.ipynb`."

def my_text_only_baseline(train_pairs, test_pairs):
    "Accuracy of the majority answer per question string of `train_pairs` on `test_pairs`."
    best = {}
    for q in {q for q, _ in train_pairs}:
        answers = [a for qq, a in train_pairs if qq == q]
        best[q] = max(sorted(set(answers)), key=answers.count)
    everything = [a for _, a in train_pairs]
    fallback = max(sorted(set(everything)), key=everything.count)
    return sum(best.get(q, fallback) == a for q, a in test_pairs) / len(test_pairs)
