<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name />
    <message>
        <source>{count} day</source>
        <translation>{count} 天</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count} 天</translation>
    </message>
    <message>
        <source>{count} h</source>
        <translation>{count} 小时</translation>
    </message>
    <message>
        <source>{count} min</source>
        <translation>{count} 分钟</translation>
    </message>
    <message>
        <source>{count} s</source>
        <translation>{count} 秒</translation>
    </message>
    <message>
        <source>{larger} {smaller}</source>
        <translation>{larger} {smaller}</translation>
    </message>
    <message>
        <source>now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>in {duration}</source>
        <translation>{duration}后</translation>
    </message>
    <message>
        <source>{duration} ago</source>
        <translation>{duration}前</translation>
    </message>
    <message>
        <source>{instant} (out of calendar range)</source>
        <translation>{instant}（超出日历范围）</translation>
    </message>
    <message>
        <source>{utc}, {relative}</source>
        <translation>{utc}，{relative}</translation>
    </message>
    <message>
        <source>{local} ({utc}), {relative}</source>
        <translation>{local}（{utc}），{relative}</translation>
    </message>
    <message>
        <source>Cannot read {text} as a time: use unix seconds, ISO 8601 such as 2026-11-28T19:00:00Z, or +30s / -2h relative to now.</source>
        <translation>无法将 {text} 识别为时间：请使用 Unix 时间戳（秒）、ISO 8601 格式（如 2026-11-28T19:00:00Z），或相对当前时间的 +30s / -2h。</translation>
    </message>
</context>
<context>
    <name>ChoiceField</name>
    <message>
        <source>{label}: {what}</source>
        <translation>{label}：{what}</translation>
    </message>
</context>
<context>
    <name>DurationField</name>
    <message>
        <source>empty = {value}</source>
        <translation>留空 = {value}</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>s</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>min</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>h</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>{duration} → expires {ends}</source>
        <translation>{duration} → 过期时间 {ends}</translation>
    </message>
</context>
<context>
    <name>FieldWidget</name>
    <message>
        <source>{label}: {what}</source>
        <translation>{label}：{what}</translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <source>Works with: {sdks}.</source>
        <translation>适用于：{sdks}。</translation>
    </message>
    <message>
        <source>Agora: {reference}.</source>
        <translation>声网 API：{reference}。</translation>
    </message>
    <message>
        <source>{kind} form</source>
        <translation>{kind}表单</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Advanced: {pins}</source>
        <translation>高级：{pins}</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>高级</translation>
    </message>
    <message>
        <source>Pinned values; empty means now / random. Pin them to reproduce a token or to make one that is already expired or not yet valid.</source>
        <translation>固定的值；留空表示使用当前时间或随机值。固定这些值可以复现某个 Token，或生成已过期、尚未生效的 Token。</translation>
    </message>
    <message>
        <source>Left empty, these are filled in when you press Generate: times with now, salt and random numbers with a fresh random value (Agora's builders do the same). Fill them in to make exactly the same token again, or one that is already expired.</source>
        <translation>留空时，点击生成会自动填入：时间取当前时间，salt 和随机数取新的随机值（声网的生成器也是如此）。填写这些值可以再次生成完全相同的 Token，或生成已过期的 Token。</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>生成(&amp;G)</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>Build the token (Ctrl+Enter); anything missing or wrong is marked first</source>
        <translation>生成 Token（Ctrl+Enter）；缺失或错误的内容会先标出</translation>
    </message>
</context>
<context>
    <name>GeneratorTab</name>
    <message>
        <source>Key kind</source>
        <translation>Key 类型</translation>
    </message>
    <message>
        <source>Which token to make: each kind is for one Agora product and one way of naming the user</source>
        <translation>要生成哪种 Token：每种类型对应一个声网产品和一种标识用户的方式</translation>
    </message>
    <message>
        <source>Token &amp;kind</source>
        <translation>Token 类型(&amp;K)</translation>
    </message>
    <message>
        <source>What this token is for</source>
        <translation>此 Token 的用途</translation>
    </message>
    <message>
        <source>Agora names and SDK versions</source>
        <translation>声网 API 名称和 SDK 版本</translation>
    </message>
    <message>
        <source>Numeric &amp;uid</source>
        <translation>数字 &amp;uid</translation>
    </message>
    <message>
        <source>Identify the user by numeric uid</source>
        <translation>用数字 uid 标识用户</translation>
    </message>
    <message>
        <source>String acc&amp;ount</source>
        <translation>字符串账号(&amp;O)</translation>
    </message>
    <message>
        <source>Identify the user by string account</source>
        <translation>用字符串账号（User Account）标识用户</translation>
    </message>
    <message>
        <source>User identified by:</source>
        <translation>用户标识方式：</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Decoder</source>
        <translation>解析器</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Save profile…</source>
        <translation>保存配置…</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>保存配置</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>删除配置</translation>
    </message>
    <message>
        <source>Remember certificate in system keychain</source>
        <translation>在系统钥匙串中记住证书</translation>
    </message>
    <message>
        <source>App ID</source>
        <translation>App ID</translation>
    </message>
    <message>
        <source>32 hexadecimal characters</source>
        <translation>32 位十六进制字符</translation>
    </message>
    <message>
        <source>App Certificate</source>
        <translation>App 证书</translation>
    </message>
    <message>
        <source>32 hexadecimal characters; never saved to disk</source>
        <translation>32 位十六进制字符；不会保存到磁盘</translation>
    </message>
    <message>
        <source>Show or hide the App Certificate</source>
        <translation>显示或隐藏 App 证书</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>配置(&amp;P)</translation>
    </message>
    <message>
        <source>App &amp;ID</source>
        <translation>App ID(&amp;I)</translation>
    </message>
    <message>
        <source>App Cer&amp;tificate</source>
        <translation>App 证书(&amp;T)</translation>
    </message>
    <message>
        <source>(no profile)</source>
        <translation>（无配置）</translation>
    </message>
    <message>
        <source>The batch tab is not available in this build.</source>
        <translation>此版本不提供批量生成页面。</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>Agora Console → Projects: the App ID of your project.</source>
        <translation>声网控制台 → 项目管理：你的项目的 App ID。</translation>
    </message>
    <message>
        <source>Same project → Configure: the Primary Certificate. Kept in memory only.</source>
        <translation>同一项目 → 配置：主要证书。仅保存在内存中。</translation>
    </message>
    <message>
        <source>&amp;Forget saved data…</source>
        <translation>清除已保存的数据(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Generate token</source>
        <translation>生成 Token(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Copy token</source>
        <translation>复制 Token(&amp;C)</translation>
    </message>
    <message>
        <source>Copy as request &amp;JSON (no certificate)</source>
        <translation>复制为请求 &amp;JSON（不含证书）</translation>
    </message>
    <message>
        <source>Copy as command &amp;line</source>
        <translation>复制为命令行(&amp;L)</translation>
    </message>
    <message>
        <source>Copy as &amp;export AGORA_TOKEN=…</source>
        <translation>复制为 &amp;export AGORA_TOKEN=…</translation>
    </message>
    <message>
        <source>&amp;Inspect token in decoder</source>
        <translation>在解析器中查看 Token(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Decoder pane</source>
        <translation>解析器面板(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation>下一页(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous page</source>
        <translation>上一页(&amp;P)</translation>
    </message>
    <message>
        <source>Follow &amp;system</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Agora Token GUI</source>
        <translation>关于 Agora Token GUI(&amp;A)</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>Agora Token GUI</source>
        <translation>Agora Token GUI</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>Copy &amp;as</source>
        <translation>复制为(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Colour scheme</source>
        <translation>配色方案(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>The translation file {path} is missing (run make translations).</source>
        <translation>缺少翻译文件 {path}（请运行 make translations）。</translation>
    </message>
    <message>
        <source>Profile {name} saved (App ID and its certificate in the keychain).</source>
        <translation>已保存配置 {name}（App ID，证书保存在钥匙串中）。</translation>
    </message>
    <message>
        <source>Profile {name} saved (App ID).</source>
        <translation>已保存配置 {name}（App ID）。</translation>
    </message>
    <message>
        <source>Profile {name} deleted.</source>
        <translation>已删除配置 {name}。</translation>
    </message>
    <message>
        <source>Settings forgotten; the keychain entries of {names} could not be deleted.</source>
        <translation>设置已清除；无法删除 {names} 的钥匙串条目。</translation>
    </message>
    <message>
        <source>Saved settings, profiles and keychain entries forgotten.</source>
        <translation>已清除保存的设置、配置和钥匙串条目。</translation>
    </message>
    <message>
        <source>Token generated ({count} characters).</source>
        <translation>已生成 Token（{count} 个字符）。</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Hide certificate</source>
        <translation>隐藏证书</translation>
    </message>
    <message>
        <source>Show certificate</source>
        <translation>显示证书</translation>
    </message>
    <message>
        <source>Open a generator tab to generate a token.</source>
        <translation>请先打开一个生成页面再生成 Token。</translation>
    </message>
    <message>
        <source>Fix the marked fields first.</source>
        <translation>请先修正标出的字段。</translation>
    </message>
    <message>
        <source>Nothing to copy yet: generate a token first.</source>
        <translation>还没有可复制的内容：请先生成 Token。</translation>
    </message>
</context>
<context>
    <name>MillisecondsField</name>
    <message>
        <source>empty = now</source>
        <translation>留空 = 当前时间</translation>
    </message>
    <message>
        <source>0 = never expires</source>
        <translation>0 = 永不过期</translation>
    </message>
    <message>
        <source>= {duration} (milliseconds)</source>
        <translation>= {duration}（毫秒）</translation>
    </message>
</context>
<context>
    <name>NumberField</name>
    <message>
        <source>empty = random</source>
        <translation>留空 = 随机</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>随机</translation>
    </message>
    <message>
        <source>pick a random value</source>
        <translation>取一个随机值</translation>
    </message>
    <message>
        <source>Pin a fresh random value to reproduce this token later.</source>
        <translation>固定一个新的随机值，以便之后复现此 Token。</translation>
    </message>
    <message>
        <source>empty = {value}</source>
        <translation>留空 = {value}</translation>
    </message>
</context>
<context>
    <name>OutputPanel</name>
    <message>
        <source>Never expires (this format has no expiry).</source>
        <translation>永不过期（此格式没有有效期）。</translation>
    </message>
    <message>
        <source>Never expires (expiry 0).</source>
        <translation>永不过期（过期时间为 0）。</translation>
    </message>
    <message>
        <source>Expires {relative} ({where})</source>
        <translation>{relative}过期（{where}）</translation>
    </message>
    <message>
        <source>Expired {relative} ({where})</source>
        <translation>已于{relative}过期（{where}）</translation>
    </message>
    <message>
        <source>Generated token</source>
        <translation>生成的 Token</translation>
    </message>
    <message>
        <source>The token appears here after Generate.</source>
        <translation>点击生成后，Token 显示在这里。</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy token</source>
        <translation>复制 Token</translation>
    </message>
    <message>
        <source>Copy the token (Ctrl+Shift+C)</source>
        <translation>复制 Token（Ctrl+Shift+C）</translation>
    </message>
    <message>
        <source>Copy as</source>
        <translation>复制为</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Request JSON (without certificate)</source>
        <translation>请求 JSON（不含证书）</translation>
    </message>
    <message>
        <source>agora-token command line</source>
        <translation>agora-token 命令行</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>解析</translation>
    </message>
    <message>
        <source>Inspect the token in the decoder pane</source>
        <translation>在解析器面板中查看 Token</translation>
    </message>
    <message>
        <source>{count} characters</source>
        <translation>{count} 个字符</translation>
    </message>
    <message>
        <source>Built with {pins}.</source>
        <translation>生成时使用 {pins}。</translation>
    </message>
    <message>
        <source>Token copied ({count} characters).</source>
        <translation>已复制 Token（{count} 个字符）。</translation>
    </message>
    <message>
        <source>Nothing to copy yet: generate a token first.</source>
        <translation>还没有可复制的内容：请先生成 Token。</translation>
    </message>
    <message>
        <source>Request JSON copied (without the certificate).</source>
        <translation>已复制请求 JSON（不含证书）。</translation>
    </message>
    <message>
        <source>Command line copied; set AGORA_APP_CERTIFICATE before running it.</source>
        <translation>已复制命令行；运行前请设置 AGORA_APP_CERTIFICATE。</translation>
    </message>
    <message>
        <source>export AGORA_TOKEN=… line copied.</source>
        <translation>已复制 export AGORA_TOKEN=… 这一行。</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Batch</source>
        <translation>批量生成</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Token server</source>
        <translation>Token 服务器</translation>
    </message>
    <message>
        <source>{group}: {kinds}</source>
        <translation>{group}：{kinds}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Generate many tokens at once, as CSV</source>
        <translation>一次生成多个 Token，可导出为 CSV</translation>
    </message>
    <message>
        <source>Tokens generated in this session</source>
        <translation>本次会话中生成的 Token</translation>
    </message>
    <message>
        <source>A local token server for test builds</source>
        <translation>供测试版本使用的本地 Token 服务器</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Legacy keys</source>
        <translation>旧版 Key</translation>
    </message>
    <message>
        <source>More products</source>
        <translation>更多产品</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>工具</translation>
    </message>
</context>
<context>
    <name>PinnedTextField</name>
    <message>
        <source>empty = a new random UUID</source>
        <translation>留空 = 新的随机 UUID</translation>
    </message>
    <message>
        <source>empty = random bytes</source>
        <translation>留空 = 随机字节</translation>
    </message>
    <message>
        <source>empty = automatic</source>
        <translation>留空 = 自动</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>Choose what to do: a key type to generate, or a tool.</source>
        <translation>选择要做的事：生成某种 Key，或使用工具。</translation>
    </message>
    <message>
        <source>{section} (section)</source>
        <translation>{section}（分组）</translation>
    </message>
</context>
<context>
    <name>TimestampField</name>
    <message>
        <source>Type unix seconds, an ISO 8601 time such as 2026-11-28T19:00:00Z, or +30m / -2h relative to now.</source>
        <translation>输入 Unix 时间戳（秒）、ISO 8601 时间（如 2026-11-28T19:00:00Z），或相对当前时间的 +30m / -2h。</translation>
    </message>
    <message>
        <source>empty = now</source>
        <translation>留空 = 当前时间</translation>
    </message>
    <message>
        <source>empty = now + 24 h</source>
        <translation>留空 = 当前时间 + 24 小时</translation>
    </message>
    <message>
        <source>unix seconds</source>
        <translation>Unix 时间戳（秒）</translation>
    </message>
    <message>
        <source>Set 0</source>
        <translation>设为 0</translation>
    </message>
    <message>
        <source>Set to {when}</source>
        <translation>设为{when}</translation>
    </message>
    <message>
        <source>1 h ago</source>
        <translation>1 小时前</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>In 1 h</source>
        <translation>1 小时后</translation>
    </message>
    <message>
        <source>24 h</source>
        <translation>24 小时</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 天</translation>
    </message>
    <message>
        <source>Empty: the time you click Generate.</source>
        <translation>留空：点击生成时的时间。</translation>
    </message>
    <message>
        <source>Empty: 24 h after you click Generate.</source>
        <translation>留空：点击生成 24 小时后。</translation>
    </message>
</context>
<context>
    <name>UidField</name>
    <message>
        <source>0 = any user</source>
        <translation>0 = 任意用户</translation>
    </message>
    <message>
        <source>0 = any user may join</source>
        <translation>0 = 任意用户均可加入</translation>
    </message>
</context>
<context>
    <name>ZeroMeaning</name>
    <message>
        <source>any user</source>
        <translation>任意用户</translation>
    </message>
    <message>
        <source>any user may join with this token</source>
        <translation>任意用户均可使用此 Token 加入</translation>
    </message>
    <message>
        <source>any user may use the key</source>
        <translation>任意用户均可使用此 Key</translation>
    </message>
    <message>
        <source>any user may use the token</source>
        <translation>任意用户均可使用此 Token</translation>
    </message>
    <message>
        <source>never</source>
        <translation>永不</translation>
    </message>
    <message>
        <source>never expires</source>
        <translation>永不过期</translation>
    </message>
    <message>
        <source>no separate limit</source>
        <translation>不单独限制</translation>
    </message>
    <message>
        <source>the creation time</source>
        <translation>创建时间</translation>
    </message>
</context>
</TS>
