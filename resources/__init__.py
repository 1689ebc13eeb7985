"""The program's data files, installed as the package `designer.resources`.

Everything in this folder (fonts, icons, translations, samples, desktop files) ships in every
install: setup.py maps the package `designer.resources` onto this folder and takes all its files
as package data. Read them through `designer.paths.resource_path`, never by a path of your own.
"""
