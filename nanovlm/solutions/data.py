"Reference solution to the exercise of `nbs/4_training/41_data.ipynb`."

def my_pack_sequences(lengths, max_length):
    "First-fit packing of `lengths` into rows of at most `max_length` tokens, as lists of indices."
    rows = []
    for i, n in enumerate(lengths):
        if n > max_length: raise ValueError(f"sequence {i} is too long")
        for row in rows:
            if sum(lengths[j] for j in row) + n <= max_length: row.append(i); break
        else: rows.append([i])
    return rows
