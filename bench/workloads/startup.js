// startup: intentionally empty; measures runtime startup wall time and peak RSS.
