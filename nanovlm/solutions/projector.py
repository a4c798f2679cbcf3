"Reference solution to the exercise of `nbs/3_vlm/30_projector.ipynb`."
import math

def my_pixel_shuffle(x, factor):
    "(N, P, C) -> (N, P/factor², C*factor²), feature (r*s + c)*C + ch, tokens row-major."
    N, P, C = x.shape
    h = math.isqrt(P) // factor
    return x.reshape(N, h, factor, h, factor, C).permute(0, 1, 3, 2, 4, 5).reshape(N, h * h, -1)
