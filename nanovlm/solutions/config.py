"Reference solution to the exercise of `nbs/0_setup/00_config.ipynb`."

def n_image_tokens(img_size, patch_size, s):
    "Image tokens for one `img_size` image with `patch_size` patches and pixel shuffle `s`."
    return ((img_size // patch_size) // s) ** 2
