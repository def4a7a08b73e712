"""`python -m tests.dags.dag_runner DAG_ID LOGICAL_DATE --out FILE`: one `dag.test()`, outcome as JSON.

Used by the tests in a child process; the environment (AIRFLOW_HOME, PACTWATCH_*) comes from the caller.
"""

from __future__ import annotations

import argparse
import json
import os
import time
from datetime import datetime


def _value(state):
    return getattr(state, "value", state)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("dag_id")
    parser.add_argument("logical_date")
    parser.add_argument("--out", required=True)
    parser.add_argument("--conf", default=None)
    parser.add_argument("--mark-success", default=None)
    args = parser.parse_args()

    from airflow.dag_processing.dagbag import DagBag

    bag = DagBag(dag_folder=os.environ["AIRFLOW__CORE__DAGS_FOLDER"])
    assert not bag.import_errors, bag.import_errors
    dag = bag.dags[args.dag_id]
    started = time.monotonic()
    run = dag.test(logical_date=datetime.fromisoformat(args.logical_date),
                   run_conf=json.loads(args.conf) if args.conf else None,
                   mark_success_pattern=args.mark_success)
    seconds = time.monotonic() - started
    tis = [{"task_id": ti.task_id, "map_index": ti.map_index, "state": _value(ti.state),
            "try_number": ti.try_number, "rendered_map_index": ti.rendered_map_index}
           for ti in run.get_task_instances()]
    with open(args.out, "w", encoding="utf-8") as handle:
        json.dump({"dag_id": args.dag_id, "run_id": run.run_id, "state": _value(run.state),
                   "seconds": round(seconds, 1), "tis": tis}, handle, indent=1)


if __name__ == "__main__":
    main()
