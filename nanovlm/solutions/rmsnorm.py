"Reference solution to the exercise of `nbs/2_language/20_rmsnorm.ipynb`."
import torch

def rms_norm(x, weight, eps=1e-5):
    "`x` divided by the root mean square of its last dimension (plus `eps` inside the root), times `weight`."
    return weight * x * torch.rsqrt(x.pow(2).mean(-1, keepdim=True) + eps)
