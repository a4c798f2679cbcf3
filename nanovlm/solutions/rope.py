"Reference solution to the exercise of `nbs/2_language/21_rope.ipynb`."
import torch

def rotate_pairs(x, angles):
    "Rotate pair i = (x[..., i], x[..., i + Hd/2]) of `x` by `angles[..., i]`."
    a, b = x.chunk(2, dim=-1)
    return torch.cat((a * angles.cos() - b * angles.sin(), a * angles.sin() + b * angles.cos()), -1)
