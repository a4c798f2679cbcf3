"""The prepared GPU check: training throughput and MFU of the nanovlm-222m shapes in bf16 (eager and compiled),
greedy answers on CUDA against the CPU's, and decode speed at batch 1 and 8. Run by scripts/gpu_check.sh."""

import sys
import time

import torch
from PIL import Image

from nanovlm.bench import bench_generation, bench_training, matmul_flops
from nanovlm.config import get_preset
from nanovlm.tokenizer import load_tokenizer
from nanovlm.vlm import VisionLanguageModel

MFU_TARGET = 0.40


def training(device: torch.device, peak: float) -> bool:
    "Train-step throughput and MFU of the nanovlm-222m shapes (random weights, bf16 autocast), eager and compiled."
    cfg, _ = get_preset('nanovlm-222m')
    torch.manual_seed(0)
    model = VisionLanguageModel(cfg, image_token_id=cfg.lm_vocab_size - 1).to(device)
    ok = True
    for name, m in (('eager', model), ('compiled', torch.compile(model))):
        t0 = time.time()
        r = bench_training(m, batch=32, n_text=80, n_labels=20, steps=10, warmup=3, peak_flops=peak)
        ok &= r['mfu'] >= MFU_TARGET
        print(
            f"train {name:>8}: {r['tokens_per_s']:10.0f} tok/s, step {r['step_s'] * 1e3:7.1f} ms, MFU {r['mfu']:.1%} "
            f"(target >= {MFU_TARGET:.0%}), peak memory {r['peak_memory'] / 2**30:.1f} GiB, {time.time() - t0:.0f} s"
        )
    return ok


def greedy_parity(device: torch.device) -> bool:
    "A small model's greedy answers on CUDA equal its answers on the CPU (same weights, fp32)."
    cfg, _ = get_preset('tiny')
    torch.manual_seed(0)
    cpu = VisionLanguageModel(cfg, load_tokenizer('nanovlm:shapes', cfg)).eval()
    gpu = VisionLanguageModel(cfg, cpu.tokenizer).eval()
    gpu.load_state_dict(cpu.state_dict())
    gpu.to(device)
    g = torch.Generator().manual_seed(1)
    images = [Image.fromarray(torch.randint(0, 256, (64, 64, 3), generator=g).byte().numpy()) for _ in range(4)]
    questions = ['What color is the circle?', 'How many shapes are there?', 'Is there a red square?', 'Where is it?']
    same = 0
    # true fp32 on the GPU too: TF32 convolutions and matmuls could flip near-tied logits of random weights
    tf32 = torch.backends.cudnn.allow_tf32, torch.backends.cuda.matmul.allow_tf32
    torch.backends.cudnn.allow_tf32 = torch.backends.cuda.matmul.allow_tf32 = False
    try:
        answers = [
            (cpu.ask(img, q, max_new_tokens=12), gpu.ask(img, q, max_new_tokens=12))
            for img, q in zip(images, questions)
        ]
    finally:
        torch.backends.cudnn.allow_tf32, torch.backends.cuda.matmul.allow_tf32 = tf32
    for q, (a, b) in zip(questions, answers):
        same += a == b
        print(f"greedy: {q!r}: cpu {a!r} | cuda {b!r}{'' if a == b else '  DIFFERENT'}")
    return same == len(questions)


def decoding(device: torch.device) -> None:
    "Decode speed of the nanovlm-222m shapes at batch 1 and 8, plain and fast (compiled step)."
    cfg, _ = get_preset('nanovlm-222m')
    torch.manual_seed(0)
    model = VisionLanguageModel(cfg, image_token_id=cfg.lm_vocab_size - 1).to(device).eval()
    for b in (1, 8):
        r = bench_generation(model, batch=b, n_prompt=16, n_new=64, reps=3, naive=False, fast=True)
        print(
            f"decode batch {b}: plain {r['decode_tokens_per_s']:8.0f} tok/s, fast {r['compiled_decode_tokens_per_s']:8.0f} "
            f"tok/s, TTFT {r['ttft_s'] * 1e3:.1f} ms, {r['bandwidth_fraction']:.0%} / "
            f"{r['compiled_bandwidth_fraction']:.0%} of the bandwidth bound"
        )


def main() -> int:
    if not torch.cuda.is_available():
        print("gpu_check: no CUDA device here; run it where a GPU is at hand")
        return 1
    device = torch.device('cuda')
    print(f"gpu_check on {torch.cuda.get_device_name(device)}, torch {torch.__version__}")
    peak = matmul_flops('cuda', torch.bfloat16, n=8192)
    print(f"bf16 matmul (8192^3): {peak / 1e12:.0f} TFLOP/s")
    ok = training(device, peak)
    ok &= greedy_parity(device)
    decoding(device)
    print('gpu_check: all checks passed' if ok else 'gpu_check: some checks FAILED')
    return 0 if ok else 1


if __name__ == '__main__':
    sys.exit(main())
