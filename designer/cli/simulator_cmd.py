"""`xplabel simulator`: run the simulated Xpyun cloud on loopback until interrupted."""

from __future__ import annotations

import argparse

from designer.cloud.simulator import Simulator
from designer.cloud.simulator.demo import DEMO_USER, build_world, demo_key


def register(sub: argparse._SubParsersAction) -> None:
    """Add the `simulator` command."""
    p = sub.add_parser(
        "simulator",
        help="run a simulated Xpyun cloud on this computer",
        description="Serve a simulated Xpyun cloud (every endpoint, with the "
        "platform's checks) for trying xplabel without an account. Prints its URL "
        "and demo credentials.",
    )
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default loopback)")
    p.add_argument("--port", type=int, default=0, help="port (default: any free one)")
    p.add_argument("--user", default=DEMO_USER, help="the demo account (default demo)")
    p.add_argument("--key", help="the demo account's key (default: a random one, printed)")
    p.add_argument(
        "--printers",
        type=int,
        default=3,
        metavar="N",
        help="printers in the simulated world (default 3)",
    )
    p.add_argument(
        "--print-seconds",
        type=float,
        default=0.5,
        metavar="S",
        help="seconds a printer takes per copy (default 0.5)",
    )
    p.add_argument(
        "--latency",
        type=float,
        default=0.0,
        metavar="S",
        help="seconds each answer is delayed, like a distant cloud (default 0)",
    )
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Serve until Ctrl+C."""
    key = args.key or demo_key()
    world = build_world(args.user, key, args.printers, args.print_seconds)
    sim = Simulator(world, args.host, args.port, latency=args.latency)
    print(f"simulated Xpyun cloud at {sim.base_url}")
    print(f"demo account: user {args.user}, UserKEY {key} (a simulator key, not a secret)")
    print(f"printers: {', '.join(world.printers)} (add them with `xplabel printer add SN NAME`)")
    print(f"to use it: export XPLABEL_BASE_URL={sim.base_url}")
    print(f"           printf %s {key} | xplabel account login --user {args.user}")
    print("press Ctrl+C to stop", flush=True)
    from designer.cli import Terminated

    try:
        sim.serve_forever()
    except (KeyboardInterrupt, Terminated):
        pass  # Ctrl+C or kill: the usual ways to stop it
    finally:
        sim.stop()
    return 0
