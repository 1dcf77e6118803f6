"""The portal registry: the shipped file loads, a bad one fails with a
message that names the table and the key."""

from pathlib import Path

import pytest

from crawler.registry import RegistryError, check_addresses, load_registry, parse_registry, refused_address

ROOT = Path(__file__).resolve().parent.parent

GOOD = {"id": "vuquang", "name": "Vũ Quang", "district": "Vũ Quang", "province": "Hà Tĩnh",
        "start_urls": ["https://vuquang.hatinh.gov.vn/"]}


def with_(**changes):
    table = {k: v for k, v in GOOD.items() if changes.get(k, ...) is not None}
    table.update({k: v for k, v in changes.items() if v is not None})
    return table


def test_shipped_registry_has_the_seed_districts():
    registry = load_registry(ROOT / "portals.toml")
    districts = {(p.district, p.province) for p in registry.portals}
    assert {("Bảo Lâm", "Cao Bằng"), ("Vũ Quang", "Hà Tĩnh"), ("Thanh Bình", "Đồng Tháp"),
            ("Chợ Đồn", "Bắc Kạn"), ("Tiên Lữ", "Hưng Yên")} <= districts
    assert registry.warnings == []


BAD_REGISTRIES = [
    # (tables, words the message must contain)
    ([with_(id=None)], ["#1", "missing required key 'id'"]),
    ([with_(start_urls=None)], ["#1", "'vuquang'", "missing required key 'start_urls'"]),
    ([with_(province=None)], ["missing required key 'province'"]),
    ([GOOD, with_(name="again")], ["#2", "key 'id'", "duplicate id 'vuquang'", "#1"]),
    ([with_(id="../x")], ["key 'id'", "not a safe file name"]),
    ([with_(id="/etc")], ["key 'id'", "not a safe file name"]),
    ([with_(id="Vu Quang")], ["key 'id'", "not a safe file name"]),
    ([with_(start_urls=["ftp://vuquang.hatinh.gov.vn/"])], ["key 'start_urls'", "not an http(s) URL"]),
    ([with_(start_urls=["file:///etc/passwd"])], ["key 'start_urls'", "not an http(s) URL"]),
    ([with_(start_urls=["javascript:alert(1)"])], ["key 'start_urls'", "not an http(s) URL"]),
    ([with_(start_urls=["vuquang.hatinh.gov.vn"])], ["key 'start_urls'", "not an http(s) URL"]),
    ([with_(start_urls=[])], ["key 'start_urls'", "at least one URL"]),
    ([with_(name="")], ["key 'name'", "non-empty string"]),
    ([with_(max_pages=0)], ["key 'max_pages'", "positive int"]),
    ([with_(max_pages=2.5)], ["key 'max_pages'", "positive int"]),
    ([with_(article_patterns=["(unclosed"])], ["key 'article_patterns'", "bad regular expression"]),
    ([], ["no [[portals]] tables"]),
    # values Python's URL parser refuses: once a traceback on the first request
    ([with_(start_urls=["http://127.0.0.1:99999/"])], ["key 'start_urls'", "not a usable URL", "port"]),
    ([with_(start_urls=["http://[::1:8/"])], ["key 'start_urls'", "not a usable URL", "IPv6"]),
    ([with_(allowed_hosts=["vuquang.hatinh.gov.vn:70000"])], ["key 'allowed_hosts'", "not a host[:port]"]),
    ([with_(allowed_hosts=["vuquang.hatinh.gov.vn/path"])], ["key 'allowed_hosts'", "not a host[:port]"]),
    # a selector that would fail on every page of the portal, with exit code 0
    ([with_(content_selector="div[[")], ["key 'content_selector'", "bad CSS selector 'div[['"]),
    ([with_(content_selector="//div[@id=")], ["key 'content_selector'", "bad XPath"]),
    # a delay that hangs the crawl
    ([with_(crawl_delay=float("inf"))], ["key 'crawl_delay'", "up to 600"]),
    ([with_(crawl_delay=float("nan"))], ["key 'crawl_delay'", "positive float"]),
    ([with_(crawl_delay=86400)], ["key 'crawl_delay'", "up to 600"]),
]


@pytest.mark.parametrize("tables, expected", BAD_REGISTRIES)
def test_bad_registry_names_table_and_key(tables, expected):
    with pytest.raises(RegistryError) as info:
        parse_registry({"portals": tables}, source="reg.toml")
    message = str(info.value)
    assert message.startswith("reg.toml")
    for words in expected:
        assert words in message


def test_unknown_keys_are_reported_not_fatal():
    registry = parse_registry({"portals": [with_(start_url="typo")]}, source="reg.toml")
    assert registry.warnings == ["reg.toml: [[portals]] #1 (id 'vuquang'): unknown key 'start_url' ignored"]


def test_a_registry_saved_with_a_byte_order_mark_loads(tmp_path):
    path = tmp_path / "bom.toml"
    path.write_bytes(b"\xef\xbb\xbf" + (ROOT / "portals.toml").read_bytes())
    assert load_registry(path).portals == load_registry(ROOT / "portals.toml").portals


def test_a_link_no_parser_takes_is_simply_not_on_the_portal():
    portal = parse_registry({"portals": [GOOD]}).portals[0]
    assert not portal.allows("http://vuquang.hatinh.gov.vn:99999/a")
    assert not portal.allows("http://[::1:8/a")


def test_invalid_toml_and_missing_file(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text("[[portals]\nid = 1", encoding="utf-8")
    with pytest.raises(RegistryError, match="not valid TOML"):
        load_registry(bad)
    with pytest.raises(RegistryError, match="not found"):
        load_registry(tmp_path / "nope.toml")


HOSTS = [
    # (allowed_hosts, url, allowed)
    (None, "https://vuquang.hatinh.gov.vn/portal/Pages/a.aspx", True),
    (None, "https://www.vuquang.hatinh.gov.vn/x", True),
    (None, "https://hatinh.gov.vn/x", False),                 # the province portal
    (None, "https://xa.vuquang.hatinh.gov.vn/x", False),      # a commune sub-site
    (None, "mailto:a@vuquang.hatinh.gov.vn", False),
    (["127.0.0.1:8001"], "http://127.0.0.1:8001/a", True),
    (["127.0.0.1:8001"], "http://127.0.0.1:8002/a", False),  # another sample portal
    (["127.0.0.1"], "http://127.0.0.1:8002/a", True),        # no port: any port
]


@pytest.mark.parametrize("allowed, url, expected", HOSTS)
def test_portal_hosts(allowed, url, expected):
    table = with_(allowed_hosts=allowed) if allowed else GOOD
    portal = parse_registry({"portals": [table]}).portals[0]
    assert portal.allows(url) is expected


def test_select_unknown_portal_lists_known_ones():
    registry = parse_registry({"portals": [GOOD]})
    with pytest.raises(RegistryError, match="unknown portal id.*nope.*known: vuquang"):
        registry.select(["nope"])


@pytest.mark.parametrize("host, refused", [
    ("10.0.0.1", "private"), ("192.168.1.20", "private"), ("169.254.169.254", "link-local"),
    ("127.0.0.1", "loopback"), ("::1", "loopback"), ("::ffff:10.1.2.3", "private"), ("fe80::1", "link-local"),
    ("100.64.0.1", "non-public"), ("0.0.0.0", "private"),
    ("8.8.8.8", None), ("2001:4860:4860::8888", None), ("vuquang.hatinh.gov.vn", None),
    # Legacy IPv4 forms the resolver takes, and IPv6 addresses that carry an IPv4 one
    ("127.1", "loopback"), ("2130706433", "loopback"), ("0x7f000001", "loopback"), ("0177.0.0.1", "loopback"),
    ("64:ff9b::a9fe:a9fe", "link-local"), ("64:ff9b::a00:1", "private"), ("2002:a9fe:a9fe::", "link-local"),
    ("::127.0.0.1", "loopback"), ("::ffff:0:7f00:1", "loopback"),
    ("64:ff9b::808:808", None), ("1e100.net", None), ("xn--vuquang-9za.gov.vn", None),
])
def test_addresses_a_portal_never_has(host, refused):
    reason = refused_address(host)
    assert (reason is None) if refused is None else (f"a {refused} address" in reason)


def test_check_addresses_names_the_portal_unless_allowed():
    registry = parse_registry({"portals": [with_(start_urls=["http://10.0.0.1/"])]})
    with pytest.raises(RegistryError, match="portal 'vuquang': 10.0.0.1 is a private address"):
        check_addresses(registry.portals, allow_private=False)
    check_addresses(registry.portals, allow_private=True)


@pytest.mark.parametrize("selector", ["div.ms-rtestate-field", "#news-bodyhtml", "//div[@class='bodytext']",
                                      "(//div[@class='content'])[1]", "./body/div"])
def test_a_content_selector_the_extractor_takes_loads(selector):
    """What the extractor reads as XPath (starting with '/', './' or '(') is
    checked as XPath, the rest as CSS."""
    [portal] = parse_registry({"portals": [with_(content_selector=selector)]}).portals
    assert portal.content_selector == selector
