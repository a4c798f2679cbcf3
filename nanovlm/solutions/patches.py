"Reference solution to the exercise of `nbs/1_vision/10_patches.ipynb`."

def my_patchify(x, p):
    "(N, C, H, W) -> (N, P, C*p*p), patches row-major, each flattened (channel, row, col)."
    N, C, H, W = x.shape
    x = x.reshape(N, C, H // p, p, W // p, p).permute(0, 2, 4, 1, 3, 5)
    return x.reshape(N, (H // p) * (W // p), C * p * p)
