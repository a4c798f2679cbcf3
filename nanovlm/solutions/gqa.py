"Reference solution to the exercise of `nbs/2_language/22_gqa.ipynb`."
import torch

def gqa(q, k, v):
    "Causal attention where query head h reads key/value head h // (H/Hk), without repeat_kv."
    B, H, T, Hd = q.shape
    Hk = k.shape[1]
    qg = q.view(B, Hk, H // Hk, T, Hd)                                          # (B, Hk, H/Hk, T, Hd)
    s = qg @ k[:, :, None].transpose(-1, -2) / Hd ** 0.5                        # (B, Hk, H/Hk, T, T)
    s = s.masked_fill(~torch.ones(T, T, dtype=torch.bool, device=q.device).tril(), float('-inf'))
    return (s.softmax(-1) @ v[:, :, None]).view(B, H, T, Hd)
