"""Choosing the language and looking messages up, on the real catalogue (no Qt)."""

from __future__ import annotations

import pytest

from preflight import i18n


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"LANG": "es_ES.UTF-8"}, "es"),
        ({"LANG": "es_MX.UTF-8"}, "es"),
        ({"LANG": "en_US.UTF-8"}, "en"),
        ({}, "en"),
        ({"LANG": "fr_FR.UTF-8"}, "en"),  # no French catalogue: English, not a half translation
        ({"LC_ALL": "C", "LANG": "es_ES.UTF-8"}, "en"),  # LC_ALL wins, even when it is "C"
        ({"LC_MESSAGES": "es_AR.UTF-8", "LANG": "en_GB.UTF-8"}, "es"),
        ({"LANG": "en_US.UTF-8", "LANGUAGE": "es:en"}, "es"),  # GNU's preference list
        ({"LANG": "es_ES.UTF-8", i18n.LANG_ENV: "en"}, "en"),  # Preflight's own override wins
        ({"LANG": "C.UTF-8", i18n.LANG_ENV: "es"}, "es"),
        ({i18n.LANG_ENV: "es-US"}, "es"),
        ({i18n.LANG_ENV: "de"}, "en"),
    ],
)
def test_language_follows_the_environment(env, expected):
    assert i18n.detect_language(env) == expected


@pytest.mark.parametrize(
    ("tag", "code"),
    [("es_ES.UTF-8", "es"), ("es-419", "es"), ("Spanish_Spain", "es"), ("C", None),
     ("POSIX", None), ("", None), (None, None), ("en_US@euro", "en"),
     # One catalogue for every region of a language (docs/i18n.md).
     ("pt_BR.UTF-8", "pt_BR"), ("pt_PT.UTF-8", "pt_BR"), ("pt", "pt_BR"), ("pt-br", "pt_BR"),
     ("Portuguese_Brazil", "pt_BR"), ("zh", "zh_CN"), ("zh_CN.UTF-8", "zh_CN"),
     ("zh_Hans", "zh_CN"), ("zh-Hans-CN", "zh_CN"), ("zh_SG", "zh_CN"),
     ("Chinese (Simplified)_China", "zh_CN"),
     # Traditional Chinese is another catalogue (none yet): never Simplified by mistake.
     ("zh_TW.UTF-8", "zh_TW"), ("zh_HK", "zh_TW"), ("zh-Hant", "zh_TW"),
     ("Chinese (Traditional)_Taiwan", "zh_TW"),
     ("ar_EG.UTF-8", "ar"), ("ar_SA", "ar"), ("ar", "ar"), ("Arabic_Saudi Arabia", "ar"),
     ("ht_HT.UTF-8", "ht"), ("ht", "ht"), ("vi_VN.UTF-8", "vi"), ("Vietnamese_Viet Nam", "vi"),
     ("fr_FR.UTF-8", "fr")],
)
def test_normalize(tag, code):
    assert i18n.normalize(tag) == code


def test_available_languages_lists_english_and_spanish():
    assert i18n.available_languages()[:2] == ["en", "es"]
    assert i18n.LANGUAGE_NAMES["es"] == "Español"


def test_tr_translates_and_fills_fields():
    i18n.set_language("en")
    assert i18n.tr("Only {gb} GB of memory is free.", gb="0.6") == "Only 0.6 GB of memory is free."
    assert i18n.set_language("es") == "es"
    assert i18n.current_language() == "es"
    spanish = i18n.tr("Only {gb} GB of memory is free.", gb="0.6")
    assert spanish == "Solo quedan 0.6 GB de memoria libre."
    assert i18n.tr("Computer") == "Computadora"
    # Text the catalogue does not know stays as it is (an organisation's own words).
    assert i18n.tr("Mass General Brigham") == "Mass General Brigham"
    # Another context is another message.
    assert i18n.translate("WelcomeView", "Start") == "Comenzar"


def test_unknown_language_falls_back_to_english():
    assert i18n.set_language("fr") == "en"
    assert i18n.tr("Computer") == "Computer"


def test_missing_or_broken_catalogue_never_breaks_a_message(tmp_path, monkeypatch):
    broken = tmp_path / "preflight_es.ts"
    broken.write_text("<TS><context><name>preflight", encoding="utf-8")
    monkeypatch.setattr(i18n, "catalogue_path", lambda language: broken)
    i18n.clear_cache()
    i18n.set_language("es")
    assert i18n.tr("Only {gb} GB of memory is free.", gb="1") == "Only 1 GB of memory is free."
    monkeypatch.setattr(i18n, "catalogue_path", lambda language: tmp_path / "missing.ts")
    i18n.clear_cache()
    assert i18n.tr("Computer") == "Computer"


def test_a_translation_with_a_bad_placeholder_falls_back_to_english(tmp_path, monkeypatch):
    ts = tmp_path / "preflight_es.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="es">'
        "<context><name>preflight</name>"
        "<message><source>Only {gb} GB free.</source><translation>Solo {gigas} GB.</translation>"
        "</message>"
        "<message><source>Unfinished one.</source>"
        '<translation type="unfinished">A medias.</translation></message>'
        "</context></TS>",
        encoding="utf-8",
    )
    monkeypatch.setattr(i18n, "catalogue_path", lambda language: ts)
    i18n.clear_cache()
    i18n.set_language("es")
    assert i18n.tr("Only {gb} GB free.", gb="2") == "Only 2 GB free."
    assert i18n.tr("Unfinished one.") == "Unfinished one."  # unfinished = not translated


def test_tr_noop_marks_without_translating():
    i18n.set_language("es")
    assert i18n.tr_noop("Computer") == "Computer"
