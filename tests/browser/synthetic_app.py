"""The real app (app.py) serving the synthetic attack frame of tests/dashboard/synthetic.py.

Browser tests run this script so charts and the map have nights to draw whatever the store
holds; it swaps the one documented seam (`salvo.dashboard.data.attack_source`) and runs app.py unchanged.
"""
import runpy
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from salvo.dashboard import data as ui  # noqa: E402
from tests.dashboard.synthetic import attack_frame  # noqa: E402

FRAME = attack_frame()
ui.attack_source = lambda: (FRAME, "synthetic#1")
runpy.run_path(str(ROOT / "app.py"), run_name="__main__")
