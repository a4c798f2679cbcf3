__version__ = "0.1.0"
# The checkpoints lesson adds `from_pretrained`, `save_pretrained`, `push_to_hub` and `from_backbones` to
# `VisionLanguageModel`; importing it here makes them available however the model class is imported.
from . import checkpoints as _checkpoints  # noqa: E402,F401
