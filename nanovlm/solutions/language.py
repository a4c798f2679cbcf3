"Reference solutions to the exercises of `nbs/2_language/23_language.ipynb`."
import torch

def greedy_by_hand(lm, ids, n):
    "Prefill a new KV cache with `ids`, then feed one token per step; return the (B, n) new tokens."
    with torch.no_grad():
        cache = lm.new_kv_cache(ids.shape[0], ids.shape[1] + n)
        tok = lm(ids, kv_cache=cache)[:, -1].argmax(-1, keepdim=True)       # (B, 1): the prefill's next token
        out = [tok]
        for _ in range(n - 1):
            tok = lm(tok, kv_cache=cache)[:, -1].argmax(-1, keepdim=True)   # one new position per step
            out.append(tok)
    return torch.cat(out, 1)

def my_top_p(logits, p):
    "`logits` with the tokens outside the top-p nucleus set to -inf."
    probs, order = logits.softmax(-1).sort(-1, descending=True)
    keep_sorted = probs.cumsum(-1) - probs < p                       # mass *before* each token is still short of p
    keep = torch.zeros_like(keep_sorted).scatter(-1, order, keep_sorted)
    return logits.masked_fill(~keep, float('-inf'))
