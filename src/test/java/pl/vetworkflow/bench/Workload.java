package pl.vetworkflow.bench;

/**
 * Cases a node drives as the programme's users would: started by their submitting user, then
 * finished task by task by the right users. {@link #finish} works from whatever state a case is
 * in, so one node can finish the cases another node left half-done.
 */
interface Workload {
  /** Number of cases in the workload. */
  int size();

  /** Starts case {@code i} (0 ≤ i < size()) as its submitting user; returns its process instance id. */
  String start(int i);

  /**
   * Completes the case's open user tasks (and runs its due timer jobs) as the right users, in
   * whatever order the process offers them, until the case has ended.
   */
  void finish(String processInstanceId);

  /** User-task completions this workload object has done so far. */
  int completions();

  /**
   * How often a case's timer was fired by a job executor (of this node or another) between {@link #finish}
   * reading the case's tasks and reading its timers, so far.
   */
  default int timersFiredMeanwhile() {
    return 0;
  }
}
