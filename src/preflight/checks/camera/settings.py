"""The [camera] section of the configuration, typed: what every part of the camera check reads
(resources/preflight.toml gives each value and where it comes from)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class CameraSettings:
    """The [camera] section, typed. Built from the config mapping (which is the schema)."""

    request_width: int
    request_height: int
    fallback_width: int
    fallback_height: int
    capture_s: float
    warmup_s: float
    no_frames_s: float
    black_luma: float
    frozen_ssim: float
    frozen_max_diff: float
    bad_frames_max_fraction: float
    fail_fps: float
    warn_fps: float
    dark_luma: float
    bright_luma: float
    backlit_ratio: float
    backlit_background_luma: float
    blurry_sharpness: float
    blurry_min_contrast: float
    face_min_fraction: float
    min_width: int
    min_height: int
    others_s: float
    others_max: int

    @classmethod
    def from_mapping(cls, cfg: Mapping[str, Any]) -> CameraSettings:
        kwargs: dict[str, Any] = {}
        for name, ftype in cls.__annotations__.items():
            kwargs[name] = int(cfg[name]) if ftype == "int" else float(cfg[name])
        return cls(**kwargs)


def as_settings(cfg: Mapping[str, Any] | CameraSettings) -> CameraSettings:
    """The [camera] section, typed (a CameraSettings is taken as it is)."""
    return cfg if isinstance(cfg, CameraSettings) else CameraSettings.from_mapping(cfg)
