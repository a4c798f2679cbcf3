"Reference solution to the exercise of `nbs/1_vision/11_attention.ipynb`."

def my_attention(q, k, v):
    "softmax(q k^T / sqrt(Hd)) v, softmax by hand."
    s = q @ k.transpose(-2, -1) / q.shape[-1] ** 0.5
    e = (s - s.amax(-1, keepdim=True)).exp()
    return e / e.sum(-1, keepdim=True) @ v
