"Reference solution to the exercise of `nbs/3_vlm/31_images.ipynb`."

def my_tile_grid(width, height, tile_size, max_tiles):
    "The (rows, cols) grid, rows*cols <= max_tiles, that keeps the most pixels, then wastes the least."
    if width <= tile_size and height <= tile_size: return (1, 1)
    cands = [(r, c) for r in range(1, max_tiles + 1) for c in range(1, max_tiles // r + 1)]
    def key(rc):
        s = min(rc[1] * tile_size / width, rc[0] * tile_size / height)
        kept = min(s, 1.0) ** 2 * width * height
        return (-kept, rc[0] * rc[1] * tile_size ** 2 - kept)
    return min(cands, key=key)
