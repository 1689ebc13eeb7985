"""The interface in the user's language: installing the translations (`translator`), the model's
messages and table words in that language (`messages`), and the catalogue of the model's words
for Qt's translation tools (`catalogue`, which writes `table_strings.py`).

The translations themselves are Qt Linguist files in resources/i18n (`xplabel_<lang>.ts`, made
with pyside6-lupdate, and the compiled `.qm`): see resources/i18n/README.md and
packaging/update-translations.
"""
