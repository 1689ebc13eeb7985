"""What pyproject.toml cannot say: the data package `designer.resources` is the `resources/` folder.

Everything else (metadata, dependencies, entry points) is in pyproject.toml. Mapping a package
onto `resources/` keeps that folder the one source of the program's data files while every kind
of install (wheel, --user, --prefix, --target, editable, the PyInstaller bundle) carries them
inside the `designer` package, where `importlib.resources` finds them. Each subfolder is a
namespace package of its own, so any file added anywhere under `resources/` ships without
touching this file.
"""

from setuptools import find_namespace_packages, find_packages, setup

NOT_DATA = ["__pycache__", "*.__pycache__"]
RESOURCES = [
    "designer.resources",
    *(
        f"designer.resources.{name}"
        for name in find_namespace_packages("resources", exclude=NOT_DATA)
    ),
]

setup(
    packages=[*find_packages(include=["designer", "designer.*"]), *RESOURCES],
    package_dir={"designer.resources": "resources"},
    package_data={name: ["*"] for name in RESOURCES},
    exclude_package_data={name: ["*.py[cod]"] for name in RESOURCES},
)
