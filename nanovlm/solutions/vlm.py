"Reference solutions to the exercises of `nbs/3_vlm/34_vlm.ipynb`."
import torch.nn.functional as F

def my_place_image_tokens(embeds, image_tokens, is_image):
    "(B, T, D) embeds, (N, L, D) image tokens, (B, T) bool -> (B, T, D), placeholders filled in order."
    flat, out, used = image_tokens.reshape(-1, image_tokens.shape[-1]), embeds.clone(), 0
    for b in range(embeds.shape[0]):
        pos = is_image[b].nonzero().flatten()
        out[b, pos] = flat[used:used + len(pos)]
        used += len(pos)
    return out

def my_answer_loss(model, input_ids, pixel_values, labels):
    "Mean next-token cross-entropy over the labelled positions."
    logits = model(input_ids, pixel_values, all_logits=True).logits               # (B, T, V)
    return F.cross_entropy(logits[:, :-1].flatten(0, 1), labels[:, 1:].flatten(), ignore_index=-100)
