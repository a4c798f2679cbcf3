"Reference solution to the exercise of `nbs/6_using/60_generate.ipynb`."
import torch
from nanovlm.rope import apply_rotary
from nanovlm.gqa import repeat_kv

def my_attention_weights(attn, x, cos, sin):
    "The causal attention weights (B, H, T, T) of layer `attn` on input `x` with RoPE angles `cos`, `sin`."
    B, T, _ = x.shape
    q = apply_rotary(attn.q_proj(x).view(B, T, attn.n_heads, -1).transpose(1, 2), cos, sin)    # (B, H, T, Hd)
    k = apply_rotary(attn.k_proj(x).view(B, T, attn.n_kv_heads, -1).transpose(1, 2), cos, sin) # (B, Hk, T, Hd)
    s = q @ repeat_kv(k, attn.n_heads // attn.n_kv_heads).transpose(-1, -2) / attn.head_dim ** 0.5
    return s.masked_fill(torch.ones(T, T, dtype=torch.bool).triu(1), float('-inf')).softmax(-1)
