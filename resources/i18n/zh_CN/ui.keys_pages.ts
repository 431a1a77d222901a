<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>The keychain is not available ({reason}).</source>
        <translation>系统钥匙串不可用（{reason}）。</translation>
    </message>
</context>
<context>
    <name>ConvoAIPage</name>
    <message>
        <source>ConvoAI agent token</source>
        <translation>对话式 AI 智能体 Token</translation>
    </message>
    <message>
        <source>A Conversational AI agent joins with an RTC+RTM token (007) whose account is the agent&apos;s uid as text, valid at most 24 h. Paste your /join body below to check it against the token.</source>
        <translation>对话式 AI 智能体使用一个 RTC+RTM Token（007）加入频道，其账号是以文本形式写入的智能体 uid，有效期最长 24 小时。在下方粘贴你的 /join 请求体，即可对照 Token 检查它。</translation>
    </message>
    <message>
        <source>Channel name</source>
        <translation>频道名</translation>
    </message>
    <message>
        <source>Agent uid</source>
        <translation>智能体 uid</translation>
    </message>
    <message>
        <source>agent_rtc_uid of the /join body, e.g. 1001</source>
        <translation>/join 请求体中的 agent_rtc_uid，例如 1001</translation>
    </message>
    <message>
        <source>Token lifetime in seconds</source>
        <translation>Token 有效期（秒）</translation>
    </message>
    <message>
        <source>Lifetime (s, ≤ 86400)</source>
        <translation>有效期（秒，≤ 86400）</translation>
    </message>
    <message>
        <source>Generate agent token</source>
        <translation>生成智能体 Token</translation>
    </message>
    <message>
        <source>Agent token</source>
        <translation>智能体 Token</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>/join request body</source>
        <translation>/join 请求体</translation>
    </message>
    <message>
        <source>Check /join body against the token</source>
        <translation>对照 Token 检查 /join 请求体</translation>
    </message>
    <message>
        <source>Check the /join body against the token</source>
        <translation>对照 Token 检查 /join 请求体</translation>
    </message>
    <message>
        <source>/join check result</source>
        <translation>/join 检查结果</translation>
    </message>
    <message>
        <source>Diagnose: /join body</source>
        <translation>诊断：/join 请求体</translation>
    </message>
    <message>
        <source>Generate the agent token first, or paste a body with one.</source>
        <translation>请先生成智能体 Token，或粘贴一个带有 Token 的请求体。</translation>
    </message>
</context>
<context>
    <name>EncryptionKeyPage</name>
    <message>
        <source>Encryption key and salt</source>
        <translation>加密密钥和盐</translation>
    </message>
    <message>
        <source>For the SDK&apos;s built-in media stream encryption (AES_128_GCM2 / AES_256_GCM2): a 32-byte key as 64 hex digits (encryptionKey) and a 32-byte salt in Base64 (encryptionKdfSalt). Drawn from the operating system&apos;s secure random source; share them with every user of the channel, and nothing here is saved.</source>
        <translation>用于 SDK 内置的媒体流加密（AES_128_GCM2 / AES_256_GCM2）：32 字节的密钥，写成 64 位十六进制数（encryptionKey）；32 字节的盐，以 Base64 编码（encryptionKdfSalt）。二者取自操作系统的安全随机源；请分享给频道内的每个用户，这里不保存任何内容。</translation>
    </message>
    <message>
        <source>Generate key and salt</source>
        <translation>生成密钥和盐</translation>
    </message>
    <message>
        <source>Encryption key (hex)</source>
        <translation>加密密钥（十六进制）</translation>
    </message>
    <message>
        <source>Salt (Base64)</source>
        <translation>盐（Base64）</translation>
    </message>
    <message>
        <source>Key (hex)</source>
        <translation>密钥（十六进制）</translation>
    </message>
</context>
<context>
    <name>OutputRow</name>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy {name}</source>
        <translation>复制{name}</translation>
    </message>
    <message>
        <source>Copy the {name} to the clipboard</source>
        <translation>将{name}复制到剪贴板</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Whiteboard</source>
        <translation>互动白板</translation>
    </message>
    <message>
        <source>Stream key for OBS</source>
        <translation>OBS 推流密钥</translation>
    </message>
    <message>
        <source>ConvoAI agent</source>
        <translation>对话式 AI 智能体</translation>
    </message>
    <message>
        <source>REST credentials</source>
        <translation>RESTful API 凭证</translation>
    </message>
    <message>
        <source>Encryption key</source>
        <translation>媒体流加密密钥</translation>
    </message>
    <message>
        <source>Interactive Whiteboard tokens</source>
        <translation>互动白板 Token</translation>
    </message>
    <message>
        <source>Media Gateway stream key and OBS server URL</source>
        <translation>媒体网关推流密钥和 OBS 服务器地址</translation>
    </message>
    <message>
        <source>Conversational AI agent RTC+RTM token</source>
        <translation>对话式 AI 智能体的 RTC+RTM Token</translation>
    </message>
    <message>
        <source>HTTP Basic header for Agora&apos;s RESTful APIs</source>
        <translation>声网 RESTful API 的 HTTP Basic 认证头</translation>
    </message>
    <message>
        <source>Media stream encryption key and salt</source>
        <translation>媒体流加密的密钥和盐</translation>
    </message>
</context>
<context>
    <name>RestCredentialsPage</name>
    <message>
        <source>REST credentials</source>
        <translation>RESTful API 凭证</translation>
    </message>
    <message>
        <source>Cloud Recording, Media Push, Media Gateway, STT and the other RESTful APIs take HTTP Basic authentication with the customer ID and secret from Agora Console &gt; RESTful API. The secret is masked and never written to settings or history.</source>
        <translation>云端录制、旁路推流、媒体网关、实时语音转文字（STT）等 RESTful API 使用 HTTP Basic 认证，凭据是声网控制台 &gt; RESTful API 中的客户 ID 和客户密钥。客户密钥会被遮盖，从不写入设置或历史记录。</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>客户 ID</translation>
    </message>
    <message>
        <source>Customer secret</source>
        <translation>客户密钥</translation>
    </message>
    <message>
        <source>never saved, except in the keychain if you ask</source>
        <translation>从不保存；仅在你要求时保存到钥匙串</translation>
    </message>
    <message>
        <source>Remember the secret in the system keychain</source>
        <translation>在系统钥匙串中记住客户密钥</translation>
    </message>
    <message>
        <source>Remember the customer secret in the system keychain</source>
        <translation>在系统钥匙串中记住客户密钥</translation>
    </message>
    <message>
        <source>Authorization header</source>
        <translation>Authorization 请求头</translation>
    </message>
    <message>
        <source>curl option</source>
        <translation>curl 参数</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>请求头</translation>
    </message>
</context>
<context>
    <name>SecretRow</name>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Hide the {name}</source>
        <translation>隐藏{name}</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Show the {name}</source>
        <translation>显示{name}</translation>
    </message>
</context>
<context>
    <name>StreamKeyPage</name>
    <message>
        <source>Stream key for OBS</source>
        <translation>OBS 推流密钥</translation>
    </message>
    <message>
        <source>A Media Gateway stream key for your own ingest domain, made here instead of by the REST API: AES-encrypted under the App Certificate above (the App ID is not in it). It carries no signature: a wrong certificate only shows as a key that does not open.</source>
        <translation>用于你自己的推流域名的媒体网关推流密钥，在这里生成，无需调用 RESTful API：用上方的 App 证书做 AES 加密（其中不含 App ID）。它不带签名：证书错误时，只会表现为一个无法解开的密钥。</translation>
    </message>
    <message>
        <source>Ingest domain</source>
        <translation>推流域名</translation>
    </message>
    <message>
        <source>your custom ingest domain, e.g. live.example.com</source>
        <translation>你的自定义推流域名，例如 live.example.com</translation>
    </message>
    <message>
        <source>SRT port</source>
        <translation>SRT 端口</translation>
    </message>
    <message>
        <source>the SRT port of your gateway set-up</source>
        <translation>你的媒体网关配置中的 SRT 端口</translation>
    </message>
    <message>
        <source>OBS server URL (RTMP)</source>
        <translation>OBS 服务器地址（RTMP）</translation>
    </message>
    <message>
        <source>Full RTMP URL</source>
        <translation>完整 RTMP 地址</translation>
    </message>
    <message>
        <source>SRT URL</source>
        <translation>SRT 地址</translation>
    </message>
    <message>
        <source>Paste into OBS (Settings &gt; Stream &gt; Service: Custom)</source>
        <translation>粘贴到 OBS（设置 &gt; 直播 &gt; 服务：自定义）</translation>
    </message>
    <message>
        <source>Server (RTMP)</source>
        <translation>服务器（RTMP）</translation>
    </message>
    <message>
        <source>&lt;your-domain&gt;</source>
        <translation>&lt;你的域名&gt;</translation>
    </message>
    <message>
        <source>&lt;port&gt;</source>
        <translation>&lt;端口&gt;</translation>
    </message>
    <message>
        <source>generate a key first</source>
        <translation>请先生成密钥</translation>
    </message>
</context>
<context>
    <name>WhiteboardPage</name>
    <message>
        <source>Whiteboard tokens</source>
        <translation>互动白板 Token</translation>
    </message>
    <message>
        <source>Interactive Whiteboard (Netless, Fastboard) tokens. Find the Access Key (AK) and Secret Access Key (SK) in Agora Console &gt; Whiteboard. Lifespans are milliseconds; the SK is never saved.</source>
        <translation>互动白板（Netless、Fastboard）的 Token。Access Key（AK）和 Secret Access Key（SK）可在声网控制台 &gt; 互动白板中找到。有效期以毫秒计；SK 从不保存。</translation>
    </message>
    <message>
        <source>Access Key (AK)</source>
        <translation>Access Key（AK）</translation>
    </message>
    <message>
        <source>the whiteboard project&apos;s AK (not secret)</source>
        <translation>白板项目的 AK（不是机密）</translation>
    </message>
    <message>
        <source>Secret Access Key (SK)</source>
        <translation>Secret Access Key（SK）</translation>
    </message>
    <message>
        <source>the whiteboard project&apos;s SK; never saved</source>
        <translation>白板项目的 SK；从不保存</translation>
    </message>
</context>
</TS>
