"""Reference solution to the exercise of `nbs/5_fast/51_benchmark.ipynb`: the lesson's own `vlm_forward_flops`,
which the exercise asks you to rewrite from its description."""
from nanovlm.bench import vlm_forward_flops as my_vlm_forward_flops  # noqa: F401 (the solution is the package's own function)
