package logit

import "fmt"

// Standardized is a logistic model over named features, each standardised
// by its mean and scale: log-odds = Bias + Σ Weights·(x − Mean)/Scale. It
// is the part the learned decisions of the stages share (cluster's join
// model, compare's utterance model); they embed it beside their own
// settings, so its fields stand at the top of their JSON.
type Standardized struct {
	Features []string  `json:"features"`
	Mean     []float64 `json:"mean"`
	Scale    []float64 `json:"scale"`
	Weights  []float64 `json:"weights"`
	Bias     float64   `json:"bias"`
	// index maps each used feature to its position in the caller's full
	// feature vector (Resolve).
	index []int
}

// Resolve checks the model and maps its feature names onto known, the
// order of the full feature vectors LogOdds will be given.
func (m *Standardized) Resolve(known []string) error {
	n := len(m.Features)
	if len(m.Mean) != n || len(m.Scale) != n || len(m.Weights) != n {
		return fmt.Errorf("%d features but %d means, %d scales, %d weights",
			n, len(m.Mean), len(m.Scale), len(m.Weights))
	}
	m.index = make([]int, n)
	for i, name := range m.Features {
		m.index[i] = -1
		for j, f := range known {
			if f == name {
				m.index[i] = j
			}
		}
		if m.index[i] < 0 {
			return fmt.Errorf("unknown feature %q", name)
		}
	}
	return nil
}

// LogOdds is the model's log-odds for a full feature vector x (in the order
// Resolve was given). A scale of 0 counts as 1.
func (m *Standardized) LogOdds(x []float64) float64 {
	z := m.Bias
	for i, j := range m.index {
		s := m.Scale[i]
		if s == 0 {
			s = 1
		}
		z += m.Weights[i] * (x[j] - m.Mean[i]) / s
	}
	return z
}
