<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>now + 24 h</source>
        <translation>现在 + 24 小时</translation>
    </message>
    <message>
        <source>random 1..99999999</source>
        <translation>1..99999999 之间的随机数</translation>
    </message>
    <message>
        <source>random 32-bit number</source>
        <translation>随机 32 位数</translation>
    </message>
    <message>
        <source>now, in milliseconds</source>
        <translation>现在（毫秒）</translation>
    </message>
    <message>
        <source>a new random UUID</source>
        <translation>新的随机 UUID</translation>
    </message>
    <message>
        <source>16 random bytes</source>
        <translation>16 个随机字节</translation>
    </message>
    <message>
        <source>(also 90s, 30m, 2h, 1d)</source>
        <translation>（也可写作 90s、30m、2h、1d）</translation>
    </message>
    <message>
        <source>(also ISO 8601 such as 2026-11-28T19:00:00Z, or +2h / -30m from now)</source>
        <translation>（也可写作 ISO 8601，例如 2026-11-28T19:00:00Z，或相对现在的 +2h / -30m）</translation>
    </message>
    <message>
        <source>{title}: {description}</source>
        <translation>{title}：{description}</translation>
    </message>
    <message>
        <source>choices: {choices}</source>
        <translation>可选值：{choices}</translation>
    </message>
    <message>
        <source>(JSON; @FILE reads it from a file)</source>
        <translation>（JSON；@FILE 表示从文件读取）</translation>
    </message>
    <message>
        <source>(text; {prefix}1001 gives the integer form)</source>
        <translation>（文本；{prefix}1001 表示整数形式）</translation>
    </message>
    <message>
        <source>(also 90s, 30m, 2h, 1d, converted to milliseconds)</source>
        <translation>（也可写作 90s、30m、2h、1d，会换算为毫秒）</translation>
    </message>
    <message>
        <source>(optional; default: {default})</source>
        <translation>（可选；默认：{default}）</translation>
    </message>
    <message>
        <source>(default {value})</source>
        <translation>（默认 {value}）</translation>
    </message>
    <message>
        <source>(required)</source>
        <translation>（必填）</translation>
    </message>
    <message>
        <source>build one token</source>
        <translation>生成一个 Token</translation>
    </message>
    <message>
        <source>Build one token. FORMAT and BUILDER come from the catalogue below; each builder has its own flags (agora-token build FORMAT BUILDER --help).</source>
        <translation>生成一个 Token。FORMAT 和 BUILDER 取自下方的列表；每个 BUILDER 有各自的参数（agora-token build FORMAT BUILDER --help）。</translation>
    </message>
    <message>
        <source>{group} builders</source>
        <translation>{group} 的 BUILDER</translation>
    </message>
    <message>
        <source>App ID: 32 hexadecimal characters.</source>
        <translation>App ID：32 个十六进制字符。</translation>
    </message>
    <message>
        <source>{label}; not secret.</source>
        <translation>{label}；不是机密。</translation>
    </message>
    <message>
        <source>{label}; better: set ${env} or type it at the prompt, so it stays out of shell history.</source>
        <translation>{label}；更安全的做法：设置 ${env} 或在提示时输入，以免留在 shell 历史记录中。</translation>
    </message>
    <message>
        <source>An id echoed in --json output.</source>
        <translation>在 --json 输出中原样返回的 id。</translation>
    </message>
    <message>
        <source>Print token, pinned values and warnings as JSON.</source>
        <translation>以 JSON 输出 Token、固定的取值和警告。</translation>
    </message>
    <message>
        <source>Pretend the current time is this (unix seconds or ISO 8601); pins issue time defaults.</source>
        <translation>把当前时间视为此值（Unix 秒数或 ISO 8601）；签发时间等默认值以它为准。</translation>
    </message>
    <message>
        <source>{label}: {message}</source>
        <translation>{label}：{message}</translation>
    </message>
    <message>
        <source>The {label} value</source>
        <translation>{label}的值</translation>
    </message>
    <message>
        <source>The file {file}</source>
        <translation>文件 {file}</translation>
    </message>
    <message>
        <source>{label}: cannot read {file} ({reason}).</source>
        <translation>{label}：无法读取 {file}（{reason}）。</translation>
    </message>
</context>
</TS>
