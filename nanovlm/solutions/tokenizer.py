"Reference solution to the exercise of `nbs/3_vlm/32_tokenizer.ipynb`."

def my_image_placeholder(cfg, grid):
    "The image tokens of one image whose views form `grid` = (rows, cols)."
    one = cfg.vlm_image_token * cfg.mp_image_token_length
    if not cfg.vlm_max_image_tiles: return one
    rows, cols = grid
    if (rows, cols) == (1, 1): return '<|global_image|>' + one
    return '<|global_image|>' + one + ''.join(f'<row_{r}_col_{c}>' + one for r in range(1, rows + 1) for c in range(1, cols + 1))
