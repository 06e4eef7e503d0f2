package pl.vetworkflow.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which targets start-up requires: every one of the programme's figures; the group activities' are optional. */
class ProgrammeTargetsTest {
  @Test
  void groupActivityTargetsMayBeLeftUnsetButNotZero() {
    Map<String, Integer> required = new HashMap<>();
    ProgrammeTargets.KEYS.forEach(k -> required.put(k, 10));
    ProgrammeTargets targets = new ProgrammeTargets(required);
    assertThat(targets.targetIfSet("science-camps")).isEmpty();
    assertThat(targets.targetIfSet("career-counselling")).isEmpty();
    assertThat(targets.target(ProgrammeTargets.PARTICIPANTS)).isEqualTo(10);

    Map<String, Integer> withVisits = new HashMap<>(required);
    withVisits.put("study-visits", 40);
    withVisits.put("job-fairs", null); // a key without a value
    assertThat(new ProgrammeTargets(withVisits).targetIfSet("study-visits")).contains(40);
    assertThat(new ProgrammeTargets(withVisits).targetIfSet("job-fairs")).isEmpty();

    Map<String, Integer> zero = new HashMap<>(required);
    zero.put("job-fairs", 0);
    assertThatThrownBy(() -> new ProgrammeTargets(zero)).hasMessageContaining("vet.programme.targets.job-fairs");
    Map<String, Integer> missing = new HashMap<>(required);
    missing.remove(ProgrammeTargets.STUDENTS);
    assertThatThrownBy(() -> new ProgrammeTargets(missing)).hasMessageContaining("vet.programme.targets.students");
  }

  @Test
  void everyGroupActivityKindHasAnOptionalTarget() {
    assertThat(ProgrammeTargets.OPTIONAL_KEYS).containsExactly("specialist-classes", "key-competence-classes",
        "science-camps", "study-visits", "job-fairs", "career-counselling");
  }
}
