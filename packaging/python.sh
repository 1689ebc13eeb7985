# Sourced by packaging/run-tests and packaging/build (from the checkout's root): sets $python to
# the Python that has xplabel installed, the way the README's Quick start makes it:
# the active virtual environment, else the checkout's .venv, else python3 on PATH. The chosen
# environment's bin/ goes first on PATH, so `xplabel` is that environment's command.
if [ -n "${VIRTUAL_ENV:-}" ] && [ -x "$VIRTUAL_ENV/bin/python" ]; then
  python="$VIRTUAL_ENV/bin/python"
elif [ -x .venv/bin/python ]; then
  python="$PWD/.venv/bin/python"
  export PATH="$PWD/.venv/bin:$PATH"
else
  python=python3
fi
