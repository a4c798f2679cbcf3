"Reference solutions to the exercises of `nbs/4_training/44_train.ipynb`."
import math

def my_get_lr(step, max_steps, peak_lr, warmup_steps, min_lr):
    "Linear warm-up to `peak_lr` over `warmup_steps`, then cosine to `min_lr` at `max_steps`."
    if step < warmup_steps: return peak_lr * (step + 1) / warmup_steps
    t = min(1.0, (step - warmup_steps) / max(1, max_steps - warmup_steps))
    return min_lr + (peak_lr - min_lr) * (1 + math.cos(math.pi * t)) / 2

def micro_batch_weight(n_tokens_micro, n_tokens_step):
    "The weight of one micro-batch's mean loss in the step's token-weighted mean."
    return n_tokens_micro / n_tokens_step
