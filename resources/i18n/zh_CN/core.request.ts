<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>permissions</source>
        <translation>权限</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>空值</translation>
    </message>
    <message>
        <source>{label} must be a whole number from {low} to {high}; got {value}.</source>
        <translation>{label}必须是 {low} 到 {high} 之间的整数；实际为 {value}。</translation>
    </message>
    <message>
        <source>{label} must be a whole number from {low} to {high}; got {value} (seconds, or 90s, 30m, 2h, 1d).</source>
        <translation>{label}必须是 {low} 到 {high} 之间的整数；实际为 {value}（单位为秒，或写作 90s、30m、2h、1d）。</translation>
    </message>
    <message>
        <source>{label} must be text; got {value}.</source>
        <translation>{label}必须是文本；实际为 {value}。</translation>
    </message>
    <message>
        <source>{label} is {size} bytes in UTF-8; a token can hold at most 65535.</source>
        <translation>{label}的 UTF-8 编码有 {size} 字节；Token 最多只能容纳 65535 字节。</translation>
    </message>
    <message>
        <source>{label} contains a character that is not valid Unicode.</source>
        <translation>{label}包含无效的 Unicode 字符。</translation>
    </message>
    <message>
        <source>{label} {value} is not a known name; use a number or one of: {options}.</source>
        <translation>{label} {value} 不是已知的名称；请使用数字，或以下之一：{options}。</translation>
    </message>
    <message>
        <source>{label} must be one of {options} or another whole number; got {value}.</source>
        <translation>{label}必须是 {options} 之一或其他整数；实际为 {value}。</translation>
    </message>
    <message>
        <source>{label} must be one of {options}; got {value}.</source>
        <translation>{label}必须是 {options} 之一；实际为 {value}。</translation>
    </message>
    <message>
        <source>{value} ({label})</source>
        <translation>{value}（{label}）</translation>
    </message>
    <message>
        <source>{label} must be an object mapping privilege ids to numbers; got {value}.</source>
        <translation>{label}必须是将权限 ID 映射到数字的对象；实际为 {value}。</translation>
    </message>
    <message>
        <source>{label}: privilege</source>
        <translation>{label}：权限</translation>
    </message>
    <message>
        <source>{label} names privilege {privilege} twice.</source>
        <translation>{label}两次列出了权限 {privilege}。</translation>
    </message>
    <message>
        <source>{label}: the value of privilege {privilege}</source>
        <translation>{label}：权限 {privilege} 的值</translation>
    </message>
    <message>
        <source>{label} must be an object: resource type -&gt; permission type -&gt; list of names.</source>
        <translation>{label}必须是一个对象：资源类型 -&gt; 权限类型 -&gt; 名称列表。</translation>
    </message>
    <message>
        <source>{label}: resource type</source>
        <translation>{label}：资源类型</translation>
    </message>
    <message>
        <source>{label}: resource type {type}</source>
        <translation>{label}：资源类型 {type}</translation>
    </message>
    <message>
        <source>{where} must map permission types to lists of names.</source>
        <translation>{where}必须将权限类型映射到名称列表。</translation>
    </message>
    <message>
        <source>{label}: permission type</source>
        <translation>{label}：权限类型</translation>
    </message>
    <message>
        <source>{where} lists permission type {permission} twice ({key} is the same permission as another key); a token holds it once.</source>
        <translation>{where}两次列出了权限类型 {permission}（{key} 与另一个键是同一权限）；Token 中只能出现一次。</translation>
    </message>
    <message>
        <source>{label}: {resource}/{permission} must be a list of resource names.</source>
        <translation>{label}：{resource}/{permission} 必须是资源名称的列表。</translation>
    </message>
    <message>
        <source>{label}: too many names in one list.</source>
        <translation>{label}：一个列表中的名称过多。</translation>
    </message>
    <message>
        <source>{label}: a resource name</source>
        <translation>{label}：资源名称</translation>
    </message>
    <message>
        <source>{label} lists resource type {resource} twice.</source>
        <translation>{label}两次列出了资源类型 {resource}。</translation>
    </message>
    <message>
        <source>{label} has too many resource types.</source>
        <translation>{label}的资源类型过多。</translation>
    </message>
    <message>
        <source>{label} must be a list of service objects.</source>
        <translation>{label}必须是服务对象的列表。</translation>
    </message>
    <message>
        <source>{label} is empty; a token needs at least one service.</source>
        <translation>{label}为空；Token 至少需要一个服务。</translation>
    </message>
    <message>
        <source>{label} has more than 65535 services.</source>
        <translation>{label}的服务超过 65535 个。</translation>
    </message>
    <message>
        <source>Service {index}</source>
        <translation>服务 {index}</translation>
    </message>
    <message>
        <source>{where}: {part}</source>
        <translation>{where}：{part}</translation>
    </message>
    <message>
        <source>{where} must be an object with a &apos;type&apos;.</source>
        <translation>{where}必须是带有 &apos;type&apos; 的对象。</translation>
    </message>
    <message>
        <source>{where} has no &apos;type&apos; (1 RTC ... 8 RTM2).</source>
        <translation>{where}没有 &apos;type&apos;（1 RTC … 8 RTM2）。</translation>
    </message>
    <message>
        <source>{where}: type</source>
        <translation>{where}：类型</translation>
    </message>
    <message>
        <source>no fields besides type and privileges</source>
        <translation>除 type 和 privileges 外没有其他字段</translation>
    </message>
    <message>
        <source>{where} ({service}) has no field {key}; it takes: {expected}.</source>
        <translation>{where}（{service}）没有字段 {key}；可用的字段：{expected}。</translation>
    </message>
    <message>
        <source>{where}: {key} must be text as written into the token (&quot;&quot; = any user); got {value}.</source>
        <translation>{where}：{key} 必须是写入 Token 的文本（&quot;&quot; = 任意用户）；实际为 {value}。</translation>
    </message>
    <message>
        <source>{where}: privileges</source>
        <translation>{where}：权限</translation>
    </message>
    <message>
        <source>The {label} must be text (32 hexadecimal characters); got {type}.</source>
        <translation>{label} 必须是文本（32 个十六进制字符）；实际为{type}。</translation>
    </message>
    <message>
        <source>The {label} is missing; it is 32 hexadecimal characters.</source>
        <translation>缺少 {label}；它由 32 个十六进制字符组成。</translation>
    </message>
    <message>
        <source>The {label} must be exactly 32 hexadecimal characters; this one has {count} characters.</source>
        <translation>{label} 必须正好是 32 个十六进制字符；当前有 {count} 个字符。</translation>
    </message>
    <message>
        <source>The {label} must be exactly 32 hexadecimal characters; this one has {count} characters; the character at position {position} is not hexadecimal.</source>
        <translation>{label} 必须正好是 32 个十六进制字符；当前有 {count} 个字符，且位置 {position} 上的字符不是十六进制。</translation>
    </message>
    <message>
        <source>The {label} must be exactly 32 hexadecimal characters; this one has {count} characters, including {char} which is not hexadecimal.</source>
        <translation>{label} 必须正好是 32 个十六进制字符；当前有 {count} 个字符，其中 {char} 不是十六进制。</translation>
    </message>
    <message>
        <source>The request has no &apos;format&apos;; use one of 007, 006, 005, 004, 003, 002, 001, signaling.</source>
        <translation>请求中没有 &apos;format&apos;；请使用 007、006、005、004、003、002、001、signaling 之一。</translation>
    </message>
    <message>
        <source>The &apos;builder&apos; must be text; got {value}.</source>
        <translation>&apos;builder&apos; 必须是文本；实际为 {value}。</translation>
    </message>
    <message>
        <source>Unknown format {value}; use one of {formats}.</source>
        <translation>未知格式 {value}；请使用以下之一：{formats}。</translation>
    </message>
    <message>
        <source>Format {format} needs a &apos;builder&apos;: one of {names}.</source>
        <translation>格式 {format} 需要 &apos;builder&apos;：以下之一：{names}。</translation>
    </message>
    <message>
        <source>Format {format} has no builder {value}; use one of {names}.</source>
        <translation>格式 {format} 没有生成器 {value}；请使用以下之一：{names}。</translation>
    </message>
    <message>
        <source>The request id must be a string; got {value}.</source>
        <translation>请求 id 必须是字符串；实际为 {value}。</translation>
    </message>
    <message>
        <source>The {label} is missing (&apos;{key}&apos;).</source>
        <translation>缺少 {label}（&apos;{key}&apos;）。</translation>
    </message>
    <message>
        <source>The {label}</source>
        <translation>{label}</translation>
    </message>
    <message>
        <source>A {kind} request has no field {key} (did you mean {close}?); a typo must not silently change a token.</source>
        <translation>{kind} 请求没有字段 {key}（您是否想写 {close}？）；拼写错误不能悄悄改变 Token。</translation>
    </message>
    <message>
        <source>A {kind} request has no field {key}; a typo must not silently change a token.</source>
        <translation>{kind} 请求没有字段 {key}；拼写错误不能悄悄改变 Token。</translation>
    </message>
    <message>
        <source>{label} is required. {help}</source>
        <translation>{label}为必填项。{help}</translation>
    </message>
    <message>
        <source>{label} is required.</source>
        <translation>{label}为必填项。</translation>
    </message>
    <message>
        <source>{label}: {when}, beyond Agora&apos;s 24 h cap on lifetimes (the token is still built).</source>
        <translation>{label}：{when}，超过了声网 24 小时的有效期上限（Token 仍会生成）。</translation>
    </message>
    <message>
        <source>Privilege {privilege}</source>
        <translation>权限 {privilege}</translation>
    </message>
    <message>
        <source>Privilege {privilege} lapses {when}, beyond Agora&apos;s 24 h cap on lifetimes (the token is still built).</source>
        <translation>权限 {privilege} 将于{when}失效，超过了声网 24 小时的有效期上限（Token 仍会生成）。</translation>
    </message>
    <message>
        <source>{label} is empty: a login token is for one user, and an empty id matches no user the app can log in as.</source>
        <translation>{label}为空：登录 Token 只属于一个用户，空 ID 不对应任何可以登录的用户。</translation>
    </message>
    <message>
        <source>Issue time plus lifetime is after 2106-02-07, beyond 32-bit unix time; some servers will read it as already expired.</source>
        <translation>签发时间加有效期晚于 2106-02-07，超出了 32 位 Unix 时间的范围；有些服务器会认为它已经过期。</translation>
    </message>
    <message>
        <source>{label} is {value} s ({duration}); Agora caps lifetimes at 24 h, so servers may treat it as 24 h (the token is still built).</source>
        <translation>{label}为 {value} 秒（{duration}）；声网的有效期上限为 24 小时，服务器可能按 24 小时处理（Token 仍会生成）。</translation>
    </message>
    <message>
        <source>Service {index}: channel name</source>
        <translation>服务 {index}：频道名</translation>
    </message>
    <message>
        <source>Service {index}: privilege {privilege}</source>
        <translation>服务 {index}：权限 {privilege}</translation>
    </message>
    <message>
        <source>Service {index}: privilege {privilege} lasts {seconds} s, more than Agora&apos;s 24 h cap (the token is still built).</source>
        <translation>服务 {index}：权限 {privilege} 持续 {seconds} 秒，超过了声网 24 小时的上限（Token 仍会生成）。</translation>
    </message>
    <message>
        <source>{label} {value} is not one of the documented values ({documented}); {meaning} (the token is still built).</source>
        <translation>{label} {value} 不是文档中列出的值（{documented}）；{meaning}（Token 仍会生成）。</translation>
    </message>
    <message>
        <source>{label} is {size} bytes; Agora documents at most {limit}, so joining may fail (the token is still built).</source>
        <translation>{label}有 {size} 字节；声网文档规定最多 {limit} 字节，加入频道可能失败（Token 仍会生成）。</translation>
    </message>
    <message>
        <source>{label} is empty; SDKs refuse to join an unnamed channel.</source>
        <translation>{label}为空；SDK 不允许加入没有名称的频道。</translation>
    </message>
    <message>
        <source>{label} contains {bad}, outside the characters Agora documents for channel names (the token is still built).</source>
        <translation>{label}包含 {bad}，不在声网文档规定的频道名字符范围内（Token 仍会生成）。</translation>
    </message>
</context>
</TS>
